import Foundation
import Intake

/// A visitor that writes down every call in order, with each file's streamed bytes gathered into
/// one line (blocks may be cut differently on the way; the bytes may not), and the thread of
/// every call.
final class JournalVisitor: CaseVisitor {
    final class Sink: EntrySink {
        let journal: JournalVisitor
        let path: String
        var bytes: [UInt8] = []

        init(journal: JournalVisitor, path: String) {
            self.journal = journal
            self.path = path
        }

        func write(_ block: UnsafeRawBufferPointer) {
            journal.noteThread()
            bytes.append(contentsOf: block)
        }

        func finish(complete: Bool) {
            journal.note("finish \(path) complete=\(complete) bytes=\(bytes.count) sum=\(Self.checksum(bytes))")
        }

        /// FNV-1a: enough to tell two byte sequences apart in a journal line.
        static func checksum(_ bytes: [UInt8]) -> UInt64 {
            bytes.reduce(0xCBF2_9CE4_8422_2325) { ($0 ^ UInt64($1)) &* 0x100_0000_01B3 }
        }
    }

    private(set) var lines: [String] = []
    /// The threads the visitor and its sinks were called on.
    private(set) var threads: Set<pthread_t> = []
    /// Every entry closed, in order.
    private(set) var closed: [ReceivedEntry] = []

    func open(_ header: EntryHeader, head: UnsafeRawBufferPointer) -> (any EntrySink)? {
        note("open \(header.path) head=\(head.count)")
        return Sink(journal: self, path: header.path.description)
    }

    func close(_ entry: ReceivedEntry) {
        closed.append(entry)
        let problems = entry.problems.map { "\($0.code)" }.joined(separator: ",")
        note(
            "close \(entry.path) \(entry.type) bytes=\(entry.bytes) sha256=\(entry.sha256 ?? "-") "
                + "format=\(entry.archiveFormat ?? "-") problems=\(problems)")
    }

    /// Sinks of members read beside the walk are called on another thread (`CaseVisitor`).
    private let lock = NSLock()

    fileprivate func note(_ line: String) {
        lock.withLock {
            threads.insert(pthread_self())
            lines.append(line)
        }
    }

    fileprivate func noteThread() {
        lock.withLock { _ = threads.insert(pthread_self()) }
    }
}
