import Formats
import Foundation

/// Writes a RAR 4.x archive with stored (uncompressed) entries — enough for Intake's tests to
/// read a .rar without the non-free `rar` tool. Layout from the RAR 4 technote (`technote.txt`
/// of unrar): marker block, archive header (0x73), one file header (0x74) per entry followed by
/// its data, end-of-archive block (0x7B). Each header's CRC is the low 16 bits of the CRC-32 of
/// the header from its type byte on.
public struct RarWriter: Sendable {
    private var bytes: [UInt8] = [0x52, 0x61, 0x72, 0x21, 0x1A, 0x07, 0x00]  // "Rar!\x1A\x07\x00"
    private let modified: Date

    public init(modified: Date = FixtureClock.incident) {
        self.modified = modified
        // Archive header: type 0x73, flags 0, size 13, two reserved fields.
        appendBlock(type: 0x73, flags: 0, fields: [0, 0, 0, 0, 0, 0])
    }

    /// Adds a stored file whose name is given as bytes (CP932 for Japanese Windows, as WinRAR writes).
    /// `markedEncrypted` sets the header's password flag (0x04) over plain data: what a reader
    /// that cannot decrypt RAR sees of an encrypted entry is the flag.
    public mutating func addFile(name: [UInt8], contents: [UInt8], markedEncrypted: Bool = false) {
        var fields: [UInt8] = []
        fields += le32(UInt32(contents.count))  // PACK_SIZE
        fields += le32(UInt32(contents.count))  // UNP_SIZE
        fields += [2]  // HOST_OS: Win32
        fields += le32(CRC32.checksum(contents))  // FILE_CRC
        let stamp = DOSDateTime(modified)
        fields += le16(stamp.time) + le16(stamp.date)  // FTIME: DOS time, then date
        fields += [20, 0x30]  // UNP_VER 2.0, METHOD store
        fields += le16(UInt16(name.count))  // NAME_SIZE
        fields += le32(0x20)  // ATTR: archive
        fields += name
        // 0x8000: LONG_BLOCK, the data follows the header (always set on file headers).
        appendBlock(type: 0x74, flags: 0x8000 | (markedEncrypted ? 0x04 : 0), fields: fields)
        bytes += contents
    }

    /// The archive, closed with an end-of-archive block.
    public mutating func finish() -> [UInt8] {
        appendBlock(type: 0x7B, flags: 0x4000, fields: [])
        return bytes
    }

    private mutating func appendBlock(type: UInt8, flags: UInt16, fields: [UInt8]) {
        let size = UInt16(7 + fields.count)
        let covered = [type] + le16(flags) + le16(size) + fields
        bytes += le16(UInt16(truncatingIfNeeded: CRC32.checksum(covered))) + covered
    }

    private func le16(_ value: UInt16) -> [UInt8] { [UInt8(value & 0xFF), UInt8(value >> 8)] }
    private func le32(_ value: UInt32) -> [UInt8] { (0..<4).map { UInt8(truncatingIfNeeded: value >> ($0 * 8)) } }
}
