import Formats
import Foundation

/// Writes a 7-Zip archive (.7z) in Swift, so the 7z example and fixtures are the same bytes on
/// every machine whatever 7z program is installed. Each file is its own folder (not solid), its
/// data stored (the Copy coder) or compressed with raw Deflate, both of which 7-Zip and
/// libarchive read; the header is written plain (not itself encoded), with names, mtimes,
/// attributes and CRCs.
///
/// Layout, from 7-Zip's `DOC/7zFormat.txt`: a 32-byte signature header that points at the header
/// at the end, the packed streams in between.
///
/// ```swift
/// var archive = SevenZipWriter()
/// archive.addFile(name: "logs/System.evtx", contents: bytes)
/// let data = archive.finish()
/// ```
public struct SevenZipWriter: Sendable {
    /// How a file's data is coded.
    public enum Method: Sendable {
        /// Stored as it is (coder ID 00).
        case copy
        /// Raw Deflate (coder ID 04 01 08), by ``DeflateEncoder``.
        case deflate

        var coderID: [UInt8] { self == .copy ? [0x00] : [0x04, 0x01, 0x08] }
    }

    struct File {
        var name: String
        var size: Int
        var crc: UInt32
        var method: Method
        var packedSize: Int
    }

    private var files: [File] = []
    private var packed: [UInt8] = []
    /// The time every entry is stamped with.
    private let modified: Date

    public init(modified: Date = FixtureClock.incident) {
        self.modified = modified
    }

    /// Adds a regular file; `name` uses "/" between folders. Empty files take no stream.
    public mutating func addFile(name: String, contents: [UInt8], method: Method = .deflate) {
        let data = contents.isEmpty ? [] : method == .copy ? contents : DeflateEncoder.deflate(contents)
        packed += data
        files.append(
            File(
                name: name, size: contents.count, crc: CRC32.checksum(contents), method: method, packedSize: data.count)
        )
    }

    /// The whole archive.
    public func finish() -> [UInt8] {
        let header = self.header()
        var start = LittleEndianSink()
        start.u64(UInt64(packed.count))  // NextHeaderOffset, from the end of the signature header
        start.u64(UInt64(header.count))  // NextHeaderSize
        start.u32(CRC32.checksum(header))  // NextHeaderCRC
        var signature = LittleEndianSink()
        signature.bytes = [0x37, 0x7A, 0xBC, 0xAF, 0x27, 0x1C, 0x00, 0x04]  // '7z' BC AF 27 1C, version 0.4
        signature.u32(CRC32.checksum(start.bytes))  // StartHeaderCRC
        return signature.bytes + start.bytes + packed + header
    }

    /// The header (7zFormat.txt "Header"): MainStreamsInfo for the non-empty files, then FilesInfo.
    func header() -> [UInt8] {
        var out = SevenZipHeaderSink()
        out.byte(.header)
        let streams = files.filter { $0.size > 0 }
        if !streams.isEmpty {
            out.byte(.mainStreamsInfo)
            out.byte(.packInfo)
            out.number(0)  // PackPos
            out.number(streams.count)
            out.byte(.size)
            streams.forEach { out.number($0.packedSize) }
            out.byte(.end)
            out.byte(.unpackInfo)
            out.byte(.folder)
            out.number(streams.count)
            out.raw(0)  // External
            for file in streams {
                out.number(1)  // NumCoders
                out.raw(UInt8(file.method.coderID.count))  // ID size; simple coder, no properties
                out.append(file.method.coderID)
            }
            out.byte(.codersUnpackSize)
            streams.forEach { out.number($0.size) }
            out.byte(.end)
            out.byte(.subStreamsInfo)  // one substream per folder: only its CRC
            out.byte(.crc)
            out.raw(1)  // AllAreDefined
            streams.forEach { out.u32($0.crc) }
            out.byte(.end)
            out.byte(.end)
        }
        filesInfo(&out)
        out.byte(.end)
        return out.bytes
    }

    private func filesInfo(_ out: inout SevenZipHeaderSink) {
        out.byte(.filesInfo)
        out.number(files.count)
        let empty = files.map { $0.size == 0 }
        if empty.contains(true) {
            out.property(.emptyStream, SevenZipHeaderSink.bitVector(empty))
            // Among the empty streams, which are files rather than folders: all of them.
            out.property(.emptyFile, SevenZipHeaderSink.bitVector(empty.filter { $0 }))
        }
        var names = LittleEndianSink()
        names.u8(0)  // External
        for file in files {
            names.utf16(file.name)
            names.u16(0)
        }
        out.property(.name, names.bytes)
        var times = LittleEndianSink()
        times.u8(1)  // AllAreDefined
        times.u8(0)  // External
        files.forEach { _ in times.u64(LittleEndianSink.fileTime(modified)) }
        out.property(.modified, times.bytes)
        var attributes = LittleEndianSink()
        attributes.u8(1)  // AllAreDefined
        attributes.u8(0)  // External
        // FILE_ATTRIBUTE_ARCHIVE, plus p7zip's Unix extension (0x8000, mode in the high 16 bits).
        files.forEach { _ in attributes.u32(0x20 | 0x8000 | (0o100644 << 16)) }
        out.property(.attributes, attributes.bytes)
        out.byte(.end)
    }
}
