// swift-tools-version:5.4
import PackageDescription

// libFuzzer targets for `course`, kept out of the main package so that `swift build` and
// `swift test` never compile them. Build and run them with `scripts/fuzz` (ARCHITECTURE.md,
// "Fuzzing"): every target here is compiled with `-sanitize=fuzzer,address` and
// `-parse-as-library`, and libFuzzer supplies `main`. A plain `swift build` here fails to
// link, by design. Tools version 5.4 on purpose: from 5.5 on, SwiftPM renames an executable's
// entry point (`--defsym main=<Target>_main`), which would hide libFuzzer's `main`.
let package = Package(
    name: "CourseFuzzing",
    dependencies: [
        .package(name: "course", path: ".."),
    ],
    targets: [
        // Markdown → HTML fragment, the path of `course render` for a file outside a course.
        .executableTarget(name: "FuzzMarkdown", dependencies: [.product(name: "SiteRenderer", package: "course")]),
        // TeX → MathML, inline and display.
        .executableTarget(name: "FuzzTeX", dependencies: [.product(name: "TeXMath", package: "course")]),
    ]
)
