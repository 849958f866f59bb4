import Foundation

/// One timed run of a command: wall time from spawn to exit, and the child's own CPU time and
/// peak resident set as the kernel reports them to `wait4`.
struct ChildRun {
    let label: String
    let wallSeconds: Double
    let cpuSeconds: Double
    /// `ru_maxrss` (Linux reports kilobytes).
    let peakKilobytes: Int
    let exitStatus: Int32

    /// Runs `arguments[0]` with its output sent to /dev/null; nil when it cannot be started.
    static func run(_ label: String, _ arguments: [String]) -> ChildRun? {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, "/dev/null", O_WRONLY, 0)
        var argv = arguments.map { strdup($0) }
        argv.append(nil)
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let start = DispatchTime.now().uptimeNanoseconds
        guard posix_spawnp(&pid, arguments[0], &actions, nil, argv, environ) == 0 else { return nil }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0 && errno == EINTR {}
        let wall = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        func seconds(_ time: timeval) -> Double { Double(time.tv_sec) + Double(time.tv_usec) / 1e6 }
        // WIFEXITED/WEXITSTATUS are macros Swift does not import.
        let exited = status & 0x7F == 0
        return ChildRun(
            label: label, wallSeconds: wall, cpuSeconds: seconds(usage.ru_utime) + seconds(usage.ru_stime),
            peakKilobytes: usage.ru_maxrss, exitStatus: exited ? (status >> 8) & 0xFF : -(status & 0x7F))
    }
}
