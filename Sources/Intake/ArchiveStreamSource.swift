/// Feeds a nested archive to libarchive: first the head bytes already read for recognition
/// (replayed, not counted or hashed again), then the rest of the entry, pulled from the outer archive.
final class ArchiveStreamSource {
    private let content: ContentStream
    private let head: UnsafeMutableRawBufferPointer
    private var headGiven = false

    init(content: ContentStream, head: [UInt8]) {
        self.content = content
        self.head = UnsafeMutableRawBufferPointer.allocate(byteCount: head.count, alignment: 1)
        _ = self.head.initializeMemory(as: UInt8.self, from: head)
    }

    deinit { head.deallocate() }

    /// The next block for libarchive's read callback; nil at the end. The buffer stays valid
    /// until the next call, as libarchive requires.
    func nextBlock() -> UnsafeRawBufferPointer? {
        if !headGiven {
            headGiven = true
            if head.count > 0 { return UnsafeRawBufferPointer(head) }
        }
        return content.next()
    }

    /// Passes over up to `count` bytes for libarchive's skip callback, when the content allows
    /// (`ContentStream.skip`); 0 tells libarchive to read them instead.
    func skip(_ count: Int64) -> Int64 {
        headGiven ? content.skip(count) : 0
    }
}
