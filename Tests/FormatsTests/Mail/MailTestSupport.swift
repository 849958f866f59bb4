import Formats
import Foundation

/// Shared helpers of the mail, mail-server log and telnet tests.
enum MailTestSupport {
    /// `/work/shared/samples`, found relative to this file: package root, then `../shared/samples`.
    static let samplesFolder: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("shared/samples")

    /// Whether the mail part of the shared sample corpus is present on this machine.
    static var samplesAvailable: Bool {
        FileManager.default.fileExists(atPath: samplesFolder.appendingPathComponent("mail").path)
    }

    /// Whether python3 is installed (its `email` package is the reference decoder).
    static var pythonAvailable: Bool {
        FileManager.default.isExecutableFile(atPath: "/usr/bin/python3")
    }

    static func sample(_ relativePath: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: samplesFolder.appendingPathComponent(relativePath)))
    }

    /// Feeds `bytes` to a fresh parser in blocks of `blockSize` and returns its result.
    static func parse<Parser: ByteStreamParser>(_ parser: Parser, _ bytes: [UInt8], blockSize: Int = 65536)
        -> Parser.Result
    {
        var parser = parser
        var offset = 0
        bytes.withUnsafeBytes { raw in
            while offset < raw.count {
                let end = min(raw.count, offset + blockSize)
                parser.consume(UnsafeRawBufferPointer(rebasing: raw[offset..<end]))
                offset = end
            }
        }
        return parser.finish()
    }

    /// Runs python3 with `script` and the file path as argument; returns standard output.
    static func python(_ script: String, path: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
        process.arguments = ["-c", script, path]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }
}
