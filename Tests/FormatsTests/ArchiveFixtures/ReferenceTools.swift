import Foundation

/// The outside programs that judge our fixture writers: python3 (zlib, zipfile, tarfile,
/// gzip) and bsdtar (libarchive, the reader caseintake itself uses).
enum ReferenceTools {
    /// The absolute path of `name` on PATH, or nil when it is not installed.
    static func path(_ name: String) -> String? {
        let directories = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        for directory in directories {
            let candidate = "\(directory)/\(name)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    static let hasPython = path("python3") != nil
    static let hasBsdtar = path("bsdtar") != nil

    struct Output {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// Runs a tool to completion; its output goes through temporary files, so large output
    /// cannot block on a full pipe.
    static func run(_ tool: String, _ arguments: [String]) throws -> Output {
        let scratch = try Scratch()
        let outURL = scratch.url("stdout")
        let errURL = scratch.url("stderr")
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path(tool) ?? tool)
        process.arguments = arguments
        process.standardOutput = try FileHandle(forWritingTo: outURL)
        process.standardError = try FileHandle(forWritingTo: errURL)
        try process.run()
        process.waitUntilExit()
        return Output(
            status: process.terminationStatus,
            stdout: String(decoding: try Data(contentsOf: outURL), as: UTF8.self),
            stderr: String(decoding: try Data(contentsOf: errURL), as: UTF8.self))
    }

    /// Runs a python3 program with arguments; returns its stdout.
    static func python(_ program: String, _ arguments: [String]) throws -> String {
        let output = try run("python3", ["-c", program] + arguments)
        guard output.status == 0 else {
            throw Failure(description: "python3 failed (\(output.status)): \(output.stderr)")
        }
        return output.stdout
    }

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }
}

/// A temporary folder removed when the value goes away.
final class Scratch {
    let folder: URL

    init() throws {
        folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("archive-fixtures-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    func url(_ name: String) -> URL { folder.appendingPathComponent(name) }

    /// Writes `bytes` to a file in the folder and returns its path.
    func write(_ bytes: [UInt8], as name: String) throws -> String {
        let target = url(name)
        try Data(bytes).write(to: target)
        return target.path
    }

    deinit { try? FileManager.default.removeItem(at: folder) }
}
