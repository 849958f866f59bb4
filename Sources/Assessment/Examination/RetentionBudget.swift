import Foundation

/// What the whole case may keep in memory beyond the parsers' own bounded state: picture
/// previews for thumbnails, the first lines of text files, hearing sheets. A hostile archive of
/// thousands of small files cannot make these add up. Locked: a file read beside the walk is
/// inspected on a thread of its own (`CaseVisitor`).
final class RetentionBudget: @unchecked Sendable {
    // Sendable by `lock` around the three pools.
    private let lock = NSLock()
    /// Bytes of picture previews, all pictures together.
    private(set) var previewBytes = 16 << 20
    /// Characters of kept text lines, all text files together.
    private(set) var textCharacters = 4 << 20
    /// Bytes of hearing sheets, all sheets together.
    private(set) var sheetBytes = 8 << 20

    func takePreview(_ count: Int) -> Bool { lock.withLock { Self.take(count, from: &previewBytes) } }
    func takeText(_ count: Int) -> Bool { lock.withLock { Self.take(count, from: &textCharacters) } }
    func takeSheet(_ count: Int) -> Bool { lock.withLock { Self.take(count, from: &sheetBytes) } }

    private static func take(_ count: Int, from pool: inout Int) -> Bool {
        guard count <= pool else { return false }
        pool -= count
        return true
    }
}
