import Foundation
import Intake

/// A visitor that remembers what Intake streamed: each file's bytes (up to a cap) and every
/// closed entry.
final class RecordingVisitor: CaseVisitor {
    final class Sink: EntrySink {
        let cap: Int
        var bytes: [UInt8] = []
        var total = 0
        var complete: Bool?

        init(cap: Int) { self.cap = cap }

        func write(_ block: UnsafeRawBufferPointer) {
            total += block.count
            if bytes.count < cap { bytes.append(contentsOf: block.prefix(cap - bytes.count)) }
        }

        func finish(complete: Bool) { self.complete = complete }
    }

    var sinks: [String: Sink] = [:]
    var closed: [ReceivedEntry] = []
    let cap: Int

    init(cap: Int = 1 << 20) { self.cap = cap }

    func open(_ header: EntryHeader, head: UnsafeRawBufferPointer) -> (any EntrySink)? {
        let sink = Sink(cap: cap)
        sinks[header.path.description] = sink
        return sink
    }

    func close(_ entry: ReceivedEntry) { closed.append(entry) }

    /// The text streamed for a path.
    func text(_ path: String) -> String? {
        sinks[path].map { String(decoding: $0.bytes, as: UTF8.self) }
    }

    func entry(_ path: String) -> ReceivedEntry? {
        closed.first { $0.path.description == path }
    }
}

/// A scratch folder removed when the value is released.
final class ScratchFolder {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("caseintake-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    /// Writes `bytes` to `name` and returns the path.
    @discardableResult
    func write(_ name: String, _ bytes: [UInt8]) throws -> String {
        let file = url.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: file)
        return file.path
    }
}

/// The name a case gives an input read from `path`: its own file or folder name, without the
/// folders it sits in.
func caseName(_ path: String) -> String {
    URL(fileURLWithPath: path).lastPathComponent
}
