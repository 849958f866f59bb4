import Formats
import Foundation

/// Shared helpers of the mail, mail-server log and telnet tests.
enum MailTestSupport {
    static let samplesFolder = SharedSamples.folder

    /// Whether the mail part of the shared sample corpus is present on this machine.
    static var samplesAvailable: Bool { SharedSamples.available("mail") }

    /// Whether python3 is installed (its `email` package is the reference decoder).
    static var pythonAvailable: Bool {
        FileManager.default.isExecutableFile(atPath: "/usr/bin/python3")
    }

    static func sample(_ relativePath: String) throws -> [UInt8] { try SharedSamples.bytes(relativePath) }

    /// Feeds `bytes` to a fresh parser in blocks of `blockSize` and returns its result.
    static func parse<Parser: ByteStreamParser>(_ parser: Parser, _ bytes: [UInt8], blockSize: Int = 65536)
        -> Parser.Result
    {
        SharedSamples.parse(parser, bytes, blockSize: blockSize)
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
