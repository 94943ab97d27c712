// swift-tools-version:6.0
import PackageDescription

// Dependency arrows point one way, from the executable down to the C shim:
//
//   course → CourseCLI → SiteRenderer → CourseModel → Markdown → CCmark
//                                            └──→ ContentHash → CXXHash   (lesson fingerprints)
//                 │            ├──────→ TeXMath
//                 │            ├──────→ SwiftHighlighter
//                 │            ├──────→ ContentHash
//                 │            └──────→ SwiftToolchain → Sandbox   (runnable code blocks)
//                 └──────→ Grader → CourseModel, SwiftToolchain → Sandbox, ContentHash
//                                    └──→ CourseCheck (its channel parser)
// CourseCLI → CourseRelease → Grader, SiteRenderer, ZIPFoundation   (release, autograder)
// CourseCLI → Gradebook → Grader, CourseModel, ContentHash, SwiftCSV   (gradebook, shards, merge)
// CourseCLI → SiteServer → FlyingFox   (`course serve`: the preview served from memory)
//
// CourseCheck is also compiled on its own by the grader and linked into each exercise.
let package = Package(
    name: "course",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "course", targets: ["course"]),
        // For the fuzz targets in Fuzzing/, a separate package that depends on this one by path
        // (ARCHITECTURE.md, "Fuzzing"); nothing in this package uses them.
        .library(name: "SiteRenderer", targets: ["SiteRenderer"]),
        .library(name: "TeXMath", targets: ["TeXMath"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        // Writes the Gradescope autograder's zip; ~11 s of a clean debug build (INSTRUCTORS.md).
        .package(url: "https://github.com/weichsel/ZIPFoundation", exact: "0.9.20"),
        // Reads rosters (quoted fields, BOM); ~4 s of a clean debug build (INSTRUCTORS.md).
        .package(url: "https://github.com/swiftcsv/SwiftCSV", from: "0.10.0"),
        // Serves `course serve`'s preview on 127.0.0.1; no dependencies of its own (ARCHITECTURE.md).
        .package(url: "https://github.com/swhitty/FlyingFox", exact: "0.27.1"),
    ],
    targets: [
        .systemLibrary(
            name: "CCmark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"]), .brew(["cmark"])]
        ),
        // XXH3 for the build cache's keys (ARCHITECTURE.md, "Incremental builds").
        .systemLibrary(
            name: "CXXHash",
            pkgConfig: "libxxhash",
            providers: [.apt(["libxxhash-dev"]), .brew(["xxhash"])]
        ),
        .target(name: "Markdown", dependencies: ["CCmark"]),
        .target(name: "TeXMath"),
        .target(name: "SwiftHighlighter"),
        .target(name: "ContentHash", dependencies: ["CXXHash"]),
        .target(name: "ParallelMap"),
        .target(name: "Sandbox"),
        .target(name: "CourseWire"),
        .target(name: "CourseCheck", dependencies: ["CourseWire"]),
        .target(name: "CoursePlot"),
        .target(name: "SwiftToolchain", dependencies: ["Sandbox", "ContentHash"]),
        .target(name: "Grader", dependencies: ["CourseModel", "SwiftToolchain", "Sandbox", "CourseCheck", "CourseWire", "ContentHash", "ParallelMap"]),
        .target(
            name: "CourseModel",
            dependencies: ["Markdown", "ParallelMap", "ContentHash", .product(name: "Yams", package: "Yams")]
        ),
        .target(
            name: "SiteRenderer",
            dependencies: ["CourseModel", "Markdown", "TeXMath", "SwiftHighlighter", "ContentHash", "SwiftToolchain", "Sandbox", "ParallelMap",
                           .product(name: "Yams", package: "Yams")],
            // The theme's CSS and JavaScript, compiled into the binary as byte arrays.
            resources: [.embedInCode("Theme/Files/course.css"), .embedInCode("Theme/Files/search.js"),
                        .embedInCode("Theme/Files/site.js"), .embedInCode("Theme/Files/explorers.css"),
                        .embedInCode("Theme/Files/explorers.js")]
        ),
        .target(
            name: "SiteServer",
            dependencies: [.product(name: "FlyingFox", package: "FlyingFox")]
        ),
        .target(
            name: "Gradebook",
            dependencies: ["CourseModel", "Grader", "ContentHash", .product(name: "SwiftCSV", package: "SwiftCSV")]
        ),
        .target(
            name: "CourseRelease",
            dependencies: ["CourseModel", "Grader", "SiteRenderer", .product(name: "Yams", package: "Yams"),
                           .product(name: "ZIPFoundation", package: "ZIPFoundation")],
            exclude: ["Templates"]
        ),
        .target(
            name: "CourseCLI",
            dependencies: [
                "CourseModel", "SiteRenderer", "Grader", "Sandbox", "Gradebook",
                "CourseRelease", "SiteServer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "course", dependencies: ["CourseCLI"]),

        .target(name: "CourseTestSupport", path: "Tests/CourseTestSupport"),
        .testTarget(name: "MarkdownTests", dependencies: ["Markdown"]),
        .testTarget(name: "TeXMathTests", dependencies: ["TeXMath"], exclude: ["Fixtures"]),
        .testTarget(name: "SwiftHighlighterTests", dependencies: ["CourseTestSupport", "SwiftHighlighter"]),
        .testTarget(name: "ContentHashTests", dependencies: ["CourseTestSupport", "ContentHash"]),
        .testTarget(name: "ParallelMapTests", dependencies: ["ParallelMap"]),
        .testTarget(name: "SandboxTests", dependencies: ["CourseTestSupport", "Sandbox"]),
        .testTarget(name: "CourseCheckTests", dependencies: ["CourseCheck"]),
        .testTarget(name: "CourseWireTests", dependencies: ["CourseWire"]),
        .testTarget(name: "CoursePlotTests", dependencies: ["CoursePlot"], exclude: ["Snapshots"]),
        .testTarget(name: "GradebookTests", dependencies: ["CourseTestSupport", "Gradebook", "CourseModel", "Grader"]),
        .testTarget(name: "GraderTests", dependencies: ["CourseTestSupport", "Grader", "SiteRenderer"], exclude: ["Fixtures", "Snapshots"]),
        .testTarget(name: "CourseModelTests", dependencies: ["CourseTestSupport", "CourseModel"]),
        .testTarget(name: "SiteRendererTests", dependencies: ["CourseTestSupport", "SiteRenderer", "Sandbox"], exclude: ["Fixtures", "Snapshots"]),
        .testTarget(name: "CourseCLITests", dependencies: ["CourseTestSupport", "CourseCLI"], exclude: ["Fixtures"]),
        .testTarget(name: "CourseReleaseTests", dependencies: [
            "CourseTestSupport", "CourseRelease", "CourseModel", .product(name: "ZIPFoundation", package: "ZIPFoundation"),
        ]),
    ],
    swiftLanguageModes: [.v6]
)
