import Foundation

/// Runs the built `caseintake` executable, as a support engineer would from a shell.
struct CaseIntakeBinary {
    struct Run {
        let status: Int32
        let stdout: String
        let stderr: String
    }

    /// The executable beside the test bundle in the build folder.
    static var url: URL {
        var folder = Bundle.main.bundleURL
        for _ in 0..<4 where !FileManager.default.fileExists(atPath: folder.appendingPathComponent("caseintake").path) {
            folder.deleteLastPathComponent()
        }
        return folder.appendingPathComponent("caseintake")
    }

    static func run(_ arguments: [String], environment: [String: String] = [:], in folder: URL? = nil) throws -> Run {
        let process = Process()
        process.executableURL = url
        process.arguments = arguments
        var env = ProcessInfo.processInfo.environment
        env.removeValue(forKey: "CASEINTAKE_PASSWORD")
        env.merge(environment) { $1 }
        process.environment = env
        if let folder { process.currentDirectoryURL = folder }
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        // Read before waiting so a large output cannot fill the pipe and stall the child.
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(
            status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
            stderr: String(decoding: stderr, as: UTF8.self))
    }
}
