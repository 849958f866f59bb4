import Foundation
import Intake

/// A one-line progress display on stderr, only when stderr is a terminal: the file being read
/// and how far, redrawn at most five times a second.
///
/// It is every file's sink, and a member read beside the walk is written on another thread than
/// the others (`CaseVisitor`): its state is kept under a lock.
final class ProgressLine: CaseVisitor, EntrySink {
    private let lock = NSLock()
    private var current = ""
    private var bytes: Int64 = 0
    private var files = 0
    private var lastDraw = Date.distantPast

    static func forStandardError() -> ProgressLine? {
        isatty(STDERR_FILENO) == 1 ? ProgressLine() : nil
    }

    func open(_ header: EntryHeader, head: UnsafeRawBufferPointer) -> (any EntrySink)? {
        // Names come from the case: made safe before they reach the terminal (and before they are shortened).
        let name = TerminalText.safe(header.path.description)
        lock.withLock {
            current = name
            bytes = 0
            // Redrawn for each file only as often as for bytes: 20,000 small files are not 20,000 lines.
            if Date().timeIntervalSince(lastDraw) > 0.2 { draw() }
        }
        return self
    }

    func close(_ entry: ReceivedEntry) {
        lock.withLock { files += 1 }
    }

    func write(_ bytes: UnsafeRawBufferPointer) {
        lock.withLock {
            self.bytes += Int64(bytes.count)
            if Date().timeIntervalSince(lastDraw) > 0.2 { draw() }
        }
    }

    func finish(complete: Bool) {}

    func clear() {
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }

    /// Called with `lock` held.
    private func draw() {
        lastDraw = Date()
        let name = current.count > 60 ? "…" + current.suffix(59) : current
        let line =
            "\r\u{1B}[K[\(files + 1)] \(name) \(ByteCountFormatter.string(fromByteCount: bytes, countStyle: .file))"
        FileHandle.standardError.write(Data(line.utf8))
    }
}
