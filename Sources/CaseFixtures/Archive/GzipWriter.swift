import Foundation

/// Writes a gzip file (RFC 1952) around ``DeflateEncoder`` output, reproducibly: no file
/// name, modification time 0, operating system "Unix". Streams, like the encoder.
public struct GzipWriter: Sendable {
    private var sink: ArchiveSink
    private var encoder = DeflateEncoder()
    private var crc = RunningCRC32()
    private var length: UInt64 = 0
    private var pending: [UInt8] = []

    /// [RFC1952 2.3] ID1 ID2, CM 8 (deflate), FLG 0, MTIME 0, XFL 0, OS 3 (Unix).
    private static let header: [UInt8] = [0x1F, 0x8B, 8, 0, 0, 0, 0, 0, 0, 3]

    /// A writer that builds the gzip file in memory; ``finish()`` returns it.
    public init() {
        sink = ArchiveSink()
        pending = GzipWriter.header
    }

    /// A writer that streams the gzip file to `handle`.
    public init(to handle: FileHandle) {
        sink = ArchiveSink(handle: handle)
        pending = GzipWriter.header
    }

    /// Compresses more uncompressed bytes.
    public mutating func write(_ bytes: [UInt8]) throws {
        crc.update(bytes)
        length += UInt64(bytes.count)
        encoder.compress(bytes, into: &pending)
        try sink.write(pending)
        pending.removeAll(keepingCapacity: true)
    }

    /// Ends the stream with the CRC-32 and length trailer. Returns the file for an
    /// in-memory writer and an empty array for one writing to a file.
    public mutating func finish() throws -> [UInt8] {
        encoder.finish(into: &pending)
        // [RFC1952 2.3.1] CRC32, then ISIZE = length modulo 2^32.
        pending.appendLittleEndian(crc.value)
        pending.appendLittleEndian(UInt32(truncatingIfNeeded: length))
        try sink.write(pending)
        pending.removeAll()
        return try sink.finish()
    }

    /// The gzip form of a whole byte array.
    public static func compress(_ bytes: [UInt8]) -> [UInt8] {
        var writer = GzipWriter()
        // An in-memory sink never throws.
        try? writer.write(bytes)
        return (try? writer.finish()) ?? []
    }
}
