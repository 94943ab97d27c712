import CourseModel
import Foundation
import SiteRenderer

/// Builds an edition's `site/` from the edition's own lessons, exactly as `course build`
/// run in the edition would, and proves on the way that those lessons load as a learner
/// edition.
///
/// The lessons are laid out in a scratch folder for the loader and the builder, which read
/// files (starters, images); the scratch folder is removed whatever happens.
struct EditionSite {
    let builder: SiteBuilder

    /// The site's files by path relative to `site/`.
    func build(lessons: [String: EditionFile]) throws(ReleaseError) -> [String: EditionFile] {
        let fileManager = FileManager.default
        let scratch = NSTemporaryDirectory() + "course-release-site-" + UUID().uuidString
        defer { try? fileManager.removeItem(atPath: scratch) }
        try EditionWriter.writeFiles(lessons, into: scratch + "/Lessons")
        let site: Site
        do throws(CourseError) {
            let course = try CourseLoader.load(lessonsPath: scratch + "/Lessons")
            guard course.metadata.isLearnerEdition else {
                throw CourseError([Diagnostic(file: "Lessons/course.yml", message: "the edition's course.yml does not say 'edition: learner'")])
            }
            site = try builder.build(course)
        } catch {
            throw .problems(error.diagnostics.map { "learner edition: " + $0.description.replacingOccurrences(of: scratch + "/", with: "") })
        }
        return site.files.mapValues { EditionFile(bytes: $0) }
    }
}
