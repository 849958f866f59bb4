import Foundation

/// Where an archive writer puts its bytes: an in-memory array, or a file written through
/// a 1 MiB buffer so a huge fixture never sits in memory. Remembers how many bytes went
/// out so headers can record offsets, and can overwrite bytes already written (the sizes
/// in a zip local header, known only after the data streamed past).
struct ArchiveSink: Sendable {
    private let handle: FileHandle?
    private var pending: [UInt8] = []
    /// Bytes already handed to the file; `pending` follows them.
    private var flushed: UInt64 = 0

    private static let flushThreshold = 1 << 20

    /// Collects the archive in memory.
    init() {
        handle = nil
    }

    /// Writes the archive to `handle` from its current position onward.
    init(handle: FileHandle) {
        self.handle = handle
    }

    /// Bytes written so far, the offset where the next byte lands.
    var offset: UInt64 { flushed + UInt64(pending.count) }

    mutating func write(_ bytes: [UInt8]) throws {
        pending.append(contentsOf: bytes)
        try flushIfFull()
    }

    mutating func write(_ bytes: UnsafeRawBufferPointer) throws {
        pending.append(contentsOf: bytes)
        try flushIfFull()
    }

    /// Overwrites bytes at `position`, which must lie within what was already written.
    mutating func overwrite(at position: UInt64, with bytes: [UInt8]) throws {
        precondition(position + UInt64(bytes.count) <= offset, "overwrite past the end")
        if position >= flushed {
            let start = Int(position - flushed)
            pending.replaceSubrange(start..<start + bytes.count, with: bytes)
            return
        }
        try flush()
        guard let handle else { return }
        let end = try handle.offset()
        try handle.seek(toOffset: end - (flushed - position))
        try handle.write(contentsOf: bytes)
        try handle.seek(toOffset: end)
    }

    /// Everything written, for the in-memory form; empty for a file.
    mutating func finish() throws -> [UInt8] {
        guard handle != nil else { return pending }
        try flush()
        return []
    }

    private mutating func flushIfFull() throws {
        if handle != nil, pending.count >= ArchiveSink.flushThreshold { try flush() }
    }

    private mutating func flush() throws {
        guard let handle, !pending.isEmpty else { return }
        try handle.write(contentsOf: pending)
        flushed += UInt64(pending.count)
        pending.removeAll(keepingCapacity: true)
    }
}

extension Array where Element == UInt8 {
    /// Appends `value` little-endian in `width` bytes.
    mutating func appendLittleEndian<T: FixedWidthInteger>(_ value: T, width: Int = MemoryLayout<T>.size) {
        for index in 0..<width {
            append(UInt8(truncatingIfNeeded: value >> (8 * index)))
        }
    }
}
