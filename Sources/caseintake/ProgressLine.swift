import Foundation
import Intake

/// A one-line progress display on stderr, only when stderr is a terminal: the file being read
/// and how far, redrawn at most five times a second.
final class ProgressLine: CaseVisitor, EntrySink {
    private var current = ""
    private var bytes: Int64 = 0
    private var files = 0
    private var lastDraw = Date.distantPast

    static func forStandardError() -> ProgressLine? {
        isatty(STDERR_FILENO) == 1 ? ProgressLine() : nil
    }

    func open(_ header: EntryHeader, head: UnsafeRawBufferPointer) -> (any EntrySink)? {
        // Names come from the case: made safe before they reach the terminal (and before they are shortened).
        current = TerminalText.safe(header.path.description)
        bytes = 0
        // Redrawn for each file only as often as for bytes: 20,000 small files are not 20,000 lines.
        if Date().timeIntervalSince(lastDraw) > 0.2 { draw() }
        return self
    }

    func close(_ entry: ReceivedEntry) {
        files += 1
    }

    func write(_ bytes: UnsafeRawBufferPointer) {
        self.bytes += Int64(bytes.count)
        if Date().timeIntervalSince(lastDraw) > 0.2 { draw() }
    }

    func finish(complete: Bool) {}

    func clear() {
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }

    private func draw() {
        lastDraw = Date()
        let name = current.count > 60 ? "…" + current.suffix(59) : current
        let line =
            "\r\u{1B}[K[\(files + 1)] \(name) \(ByteCountFormatter.string(fromByteCount: bytes, countStyle: .file))"
        FileHandle.standardError.write(Data(line.utf8))
    }
}
