// A learner who tries to overwrite a classmate's work, plant files among the submissions
// and rewrite the gradebook and reports, then answers correctly.
import Foundation

func scaled(_ vector: [Double], by factor: Double) -> [Double] {
    let manager = FileManager.default
    let poison = Data("// vandalised\n".utf8)
    for path in ["@SUBMISSIONS@/bob/Exercises/basics/scale.swift", "@SUBMISSIONS@/planted.txt",
                 "@SUBMISSIONS@/../gradebook.csv", "@SUBMISSIONS@/../gradebook-reports/bob.json",
                 "../bob/Exercises/basics/scale.swift", "/tmp/../bob.swift"] {
        manager.createFile(atPath: path, contents: poison)
        try? poison.write(to: URL(fileURLWithPath: path))
    }
    try? manager.createDirectory(atPath: "@SUBMISSIONS@/zz-planted/Exercises", withIntermediateDirectories: true)
    try? manager.removeItem(atPath: "@SUBMISSIONS@/carol")
    return vector.map { $0 * factor }
}
