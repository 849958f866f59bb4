import Formats
import Foundation

/// Writes a zip archive (PKWARE APPNOTE 6.3) byte for byte reproducibly: fixed timestamps,
/// Unix attributes, names as raw bytes, optional ZipCrypto whose random header comes from a
/// seeded generator. Entries stream, so a multi-gigabyte zip bomb takes bounded memory.
///
/// ```swift
/// var zip = ZipWriter()
/// try zip.addFile(name: .cp932("調査/システム.evtx"), contents: bytes, password: "secret")
/// try zip.addDirectory(name: .utf8("logs/"))
/// let archive = try zip.finish()
/// ```
/// Do not copy a writer that streams to a file: both copies would write to one handle.
public struct ZipWriter: Sendable {
    var sink: ArchiveSink
    var centralDirectory: [CentralRecord] = []
    var random: FixtureRandom
    let dataDescriptors: Bool

    /// A writer that builds the archive in memory; ``finish()`` returns it.
    /// - Parameters:
    ///   - seed: seeds the ZipCrypto headers; the same seed gives the same bytes.
    ///   - dataDescriptors: set flag bit 3 on every file and put CRC and sizes after the data.
    public init(seed: UInt64 = 0x5A49_5046, dataDescriptors: Bool = false) {
        sink = ArchiveSink()
        random = FixtureRandom(seed: seed)
        self.dataDescriptors = dataDescriptors
    }

    /// A writer that streams the archive to `handle` from its current position, which must
    /// be seekable unless every streamed entry uses a data descriptor.
    public init(to handle: FileHandle, seed: UInt64 = 0x5A49_5046, dataDescriptors: Bool = false) {
        sink = ArchiveSink(handle: handle)
        random = FixtureRandom(seed: seed)
        self.dataDescriptors = dataDescriptors
    }

    /// Adds a regular file with the given bytes, mode 0644 unless told otherwise.
    public mutating func addFile(
        name: EntryName, contents: [UInt8], method: Method = .deflate, password: String? = nil,
        modified: Date = FixtureClock.incident, mode: UInt32 = 0o644
    ) throws {
        var remaining: [UInt8]? = contents
        try addEntry(
            name: name, method: method, password: password, modified: modified,
            attributes: (0o100000 | mode) << 16, zip64: contents.count >= 0xFFFF_FFFF,
            knownCRC: CRC32.checksum(contents)
        ) { chunk in
            chunk = remaining ?? []
            remaining = nil
            return false
        }
    }

    /// Adds a regular file whose bytes come from `producer`, for entries too large to hold.
    /// `producer` is called with an empty `chunk` to append the next bytes to, and returns
    /// `false` once it appended the last of them. Set `zip64` for entries of 4 GiB or more.
    /// An encrypted streamed entry always gets a data descriptor: its check byte cannot
    /// wait for the CRC (APPNOTE 6.1.6).
    public mutating func addFile(
        name: EntryName, method: Method = .deflate, password: String? = nil,
        modified: Date = FixtureClock.incident, mode: UInt32 = 0o644, zip64: Bool = false,
        producer: (inout [UInt8]) throws -> Bool
    ) throws {
        try addEntry(
            name: name, method: method, password: password, modified: modified,
            attributes: (0o100000 | mode) << 16, zip64: zip64, knownCRC: nil, producer: producer)
    }

    /// Adds a directory entry (mode 0755 and the MS-DOS directory bit). The name is written
    /// as given; directory names normally end with "/".
    public mutating func addDirectory(name: EntryName, modified: Date = FixtureClock.incident) throws {
        try addFile(name: name, contents: [], method: .stored, modified: modified)
        centralDirectory[centralDirectory.count - 1].externalAttributes = (0o040755 << 16) | 0x10
    }

    /// Adds a symbolic link: Unix mode 0120777 in the external attributes, the target as
    /// the stored data (the Info-ZIP convention libarchive follows).
    public mutating func addSymlink(name: EntryName, target: String, modified: Date = FixtureClock.incident) throws {
        try addFile(name: name, contents: Array(target.utf8), method: .stored, modified: modified)
        centralDirectory[centralDirectory.count - 1].externalAttributes = 0o120777 << 16
    }

    /// Writes the central directory and end record. Returns the archive for an in-memory
    /// writer and an empty array for one writing to a file.
    public mutating func finish() throws -> [UInt8] {
        let directoryStart = sink.offset
        for record in centralDirectory { try sink.write(record.bytes()) }
        try sink.write(
            ZipLayout.endRecords(
                entries: centralDirectory.count, directoryStart: directoryStart,
                directorySize: sink.offset - directoryStart))
        return try sink.finish()
    }

    /// A producer of `count` copies of `byte` in 1 MiB pieces: the body of a zip bomb.
    public static func repeating(_ byte: UInt8, count: UInt64) -> (inout [UInt8]) -> Bool {
        let block = [UInt8](repeating: byte, count: 1 << 20)
        var left = count
        return { chunk in
            let piece = Int(min(left, 1 << 20))
            chunk.append(contentsOf: block[..<piece])
            left -= UInt64(piece)
            return left > 0
        }
    }
}
