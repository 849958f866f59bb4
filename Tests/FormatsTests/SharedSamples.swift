import Formats
import Foundation

/// The real files of the shared test corpus, read at test time from `../shared/samples` beside
/// the package (never copied into the repository). Every suite of this target finds them here.
enum SharedSamples {
    /// `<package>/../shared/samples`.
    static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("shared/samples")

    /// Whether `subfolder` of the corpus (e.g. `mail`) is on this machine.
    static func available(_ subfolder: String) -> Bool {
        FileManager.default.fileExists(atPath: folder.appendingPathComponent(subfolder).path)
    }

    /// The bytes of a sample, by its path relative to the corpus.
    static func bytes(_ relativePath: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: folder.appendingPathComponent(relativePath)))
    }

    /// Feeds `bytes` to a fresh parser in blocks of `blockSize` and returns its result, so a test
    /// can show that block boundaries change nothing.
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
}
