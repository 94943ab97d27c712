#if os(Linux)
import Glibc

/// glibc functions that Swift's `Glibc` module does not import, looked up at run time.
///
/// They are declared under `_GNU_SOURCE` in the C headers, which the Swift importer does not
/// define, but glibc (2.29+ for `addchdir_np`, 2.34+ for `addclosefrom_np`, 2.36+ for
/// `pidfd_open`) exports them. Each is `nil` when the C library lacks it, and callers fall back.
struct GlibcExtensions: @unchecked Sendable {
    // @unchecked: the stored values are immutable C function pointers.
    typealias Pipe2 = @convention(c) (UnsafeMutablePointer<Int32>, Int32) -> Int32
    typealias AddCloseFrom = @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, Int32) -> Int32
    typealias AddChdir = @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, UnsafePointer<CChar>) -> Int32
    typealias PidfdOpen = @convention(c) (pid_t, UInt32) -> Int32
    typealias Affinity = @convention(c) (pid_t, Int, UnsafeMutableRawPointer) -> Int32

    /// `pipe2(2)`, to create pipes already close-on-exec (no window for another thread's spawn to inherit them).
    let pipe2: Pipe2?
    /// `posix_spawn_file_actions_addclosefrom_np(3)`, to close every descriptor from 5 up in the child.
    let addCloseFrom: AddCloseFrom?
    /// `posix_spawn_file_actions_addchdir_np(3)`, to start the child in its working directory.
    let addChdir: AddChdir?
    /// `pidfd_open(2)`, a descriptor that polls readable when the child exits.
    let pidfdOpen: PidfdOpen?
    /// `sched_getaffinity(2)` and `sched_setaffinity(2)`, to start a child on chosen CPUs.
    let getAffinity: Affinity?
    let setAffinity: Affinity?

    /// The functions this process's C library provides.
    static let shared = GlibcExtensions()

    private init() {
        let handle = dlopen(nil, RTLD_NOW)
        func lookUp<T>(_ name: String, _ type: T.Type) -> T? {
            guard let handle, let symbol = dlsym(handle, name) else { return nil }
            return unsafeBitCast(symbol, to: type)
        }
        pipe2 = lookUp("pipe2", Pipe2.self)
        addCloseFrom = lookUp("posix_spawn_file_actions_addclosefrom_np", AddCloseFrom.self)
        addChdir = lookUp("posix_spawn_file_actions_addchdir_np", AddChdir.self)
        pidfdOpen = lookUp("pidfd_open", PidfdOpen.self)
        getAffinity = lookUp("sched_getaffinity", Affinity.self)
        setAffinity = lookUp("sched_setaffinity", Affinity.self)
    }
}
#endif
