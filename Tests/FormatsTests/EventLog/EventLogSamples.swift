import Formats
import Foundation

/// The real event logs of the shared test corpus, read from ../shared/samples beside the package.
enum EventLogSamples {
    static let root = SharedSamples.folder

    static let evtxFolder = root.appendingPathComponent("evtx")

    static var available: Bool { FileManager.default.fileExists(atPath: evtxFolder.path) }

    /// Every .evtx of the corpus, as paths relative to samples/evtx (e.g. "plaso/System.evtx").
    static var evtxFiles: [String] {
        guard let walker = FileManager.default.enumerator(atPath: evtxFolder.path) else { return [] }
        return walker.compactMap { $0 as? String }.filter { $0.lowercased().hasSuffix(".evtx") }.sorted()
    }

    static func bytes(_ relativePath: String) throws -> [UInt8] {
        try [UInt8](Data(contentsOf: evtxFolder.appendingPathComponent(relativePath)))
    }

    /// The MANIFEST's text, for its ground-truth lines.
    static func manifest() throws -> String {
        try String(contentsOf: root.appendingPathComponent("MANIFEST.md"), encoding: .utf8)
    }
}

/// Feeds bytes to a parser in blocks of a given size, as intake does.
func stream<P: ByteStreamParser>(_ bytes: [UInt8], into parser: P, blockSize: Int) -> P.Result {
    var parser = parser
    bytes.withUnsafeBytes { all in
        var start = 0
        while start < all.count {
            let end = min(all.count, start + blockSize)
            parser.consume(UnsafeRawBufferPointer(rebasing: all[start..<end]))
            start = end
        }
    }
    return parser.finish()
}
