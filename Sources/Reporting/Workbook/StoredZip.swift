/// A zip archive of stored (uncompressed) entries, as an Office Open XML package needs
/// (APPNOTE.TXT 4.3: local headers, central directory, end record). The product's own small
/// writer: CaseFixtures' ZipWriter is test tooling the product must not depend on, and a
/// questionnaire of a few kilobytes gains nothing from deflate.
struct StoredZip {
    private var bytes: [UInt8] = []
    private var directory: [UInt8] = []
    private var count = 0

    /// Adds a file; entries keep the order they are added in.
    mutating func add(_ name: String, _ content: [UInt8]) {
        let nameBytes = Array(name.utf8)
        let crc = CRC32.checksum(content)
        let offset = UInt32(bytes.count)
        // Local file header (APPNOTE 4.3.7): version 2.0, flag bit 11 (UTF-8 names), stored,
        // time and date fixed at 1980-01-01 00:00 so that the same sheet gives the same bytes.
        bytes += le32(0x0403_4B50) + le16(20) + le16(0x0800) + le16(0) + le16(0) + le16(0x21)
        bytes += le32(crc) + le32(UInt32(content.count)) + le32(UInt32(content.count))
        bytes += le16(UInt16(nameBytes.count)) + le16(0) + nameBytes + content
        // Central directory header (APPNOTE 4.3.12).
        directory += le32(0x0201_4B50) + le16(20) + le16(20) + le16(0x0800) + le16(0) + le16(0) + le16(0x21)
        directory += le32(crc) + le32(UInt32(content.count)) + le32(UInt32(content.count))
        directory += le16(UInt16(nameBytes.count)) + le16(0) + le16(0) + le16(0) + le16(0) + le32(0) + le32(offset)
        directory += nameBytes
        count += 1
    }

    /// The whole archive.
    func archive() -> [UInt8] {
        let directoryOffset = UInt32(bytes.count)
        // End of central directory record (APPNOTE 4.3.16).
        let end =
            le32(0x0605_4B50) + le16(0) + le16(0) + le16(UInt16(count)) + le16(UInt16(count))
            + le32(UInt32(directory.count)) + le32(directoryOffset) + le16(0)
        return bytes + directory + end
    }

    private func le16(_ value: UInt16) -> [UInt8] { [UInt8(value & 0xFF), UInt8(value >> 8)] }
    private func le32(_ value: UInt32) -> [UInt8] { (0..<4).map { UInt8((value >> (8 * $0)) & 0xFF) } }
}

/// CRC-32 as zip uses it (polynomial 0xEDB88320, reflected).
enum CRC32 {
    private static let table: [UInt32] = (0..<256).map { index in
        var value = UInt32(index)
        for _ in 0..<8 { value = value & 1 == 1 ? 0xEDB8_8320 ^ (value >> 1) : value >> 1 }
        return value
    }

    static func checksum(_ bytes: [UInt8]) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in bytes { crc = table[Int((crc ^ UInt32(byte)) & 0xFF)] ^ (crc >> 8) }
        return crc ^ 0xFFFF_FFFF
    }
}
