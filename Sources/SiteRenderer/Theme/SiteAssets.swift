import CourseModel
import Foundation

// The course theme's files live beside this one, in Files/, as real CSS and JavaScript
// (course.css, search.js, site.js, explorers.css, explorers.js), and are embedded in the
// binary at build time (SwiftPM's `.embedInCode`), so `course` stays one self-contained
// executable.
//
// Constraints the files honour (the site is opened from disk, offline):
// - no external requests of any kind: system font stacks only, no @import, no url() to other
//   hosts, no fetch(); the search index arrives as a script (assets/search-index.js) that
//   sets `window.courseSearchIndex`;
// - every colour comes from a custom property on :root (light by default, dark under
//   `prefers-color-scheme: dark` or the reader's choice, plain black-on-white in print),
//   including the syntax colours (--hl-*) and the plot palette (--plot-*) for SVG figures;
// - everything works without JavaScript; scripts only add to a working page.

/// The stylesheet and scripts every generated site ships, by file name under `assets/`.
enum SiteAssets {
    /// The default files, as embedded in the binary.
    static let defaults: [String: String] = [
        "course.css": String(decoding: PackageResources.course_css, as: UTF8.self),
        "explorers.css": String(decoding: PackageResources.explorers_css, as: UTF8.self),
        "explorers.js": String(decoding: PackageResources.explorers_js, as: UTF8.self),
        "search.js": String(decoding: PackageResources.search_js, as: UTF8.self),
        "site.js": String(decoding: PackageResources.site_js, as: UTF8.self),
    ]

    /// The name of the folder beside `course.yml` whose files replace the defaults of the
    /// same name (as mdBook's `theme/` does).
    static let overrideFolderName = CourseLoader.themeFolderName

    /// The theme's files for a course whose lessons folder is `lessonsPath`: the defaults,
    /// each replaced by `theme/NAME` when the course has one.
    static func files(lessonsPath: String) -> [String: String] {
        var files = defaults
        for name in defaults.keys {
            let path = lessonsPath + "/" + overrideFolderName + "/" + name
            if let data = FileManager.default.contents(atPath: path) {
                files[name] = String(decoding: data, as: UTF8.self)
            }
        }
        return files
    }
}
