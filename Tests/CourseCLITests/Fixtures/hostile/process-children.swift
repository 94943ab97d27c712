// Starts children through Foundation's Process (each in its own process group) and through
// posix_spawn, and leaves them running.
import Foundation

func scaled(_ vector: [Double], by factor: Double) -> [Double] {
    for _ in 0..<5 {
        let child = Process()
        child.executableURL = URL(fileURLWithPath: "/bin/sleep")
        child.arguments = ["42421"]
        try? child.run()
    }
    var pid: pid_t = 0
    let arguments: [UnsafeMutablePointer<CChar>?] = [strdup("/bin/sleep"), strdup("42422"), nil]
    posix_spawn(&pid, "/bin/sleep", nil, nil, arguments, nil)
    return vector
}
