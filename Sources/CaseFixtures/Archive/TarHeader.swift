/// One 512-byte ustar header block (POSIX.1-2001 `ustar` interchange format) and the pax
/// records an entry needs when its name or link target does not fit it.
struct TarHeader {
    /// [POSIX ustar] typeflag values.
    enum EntryType: UInt8 {
        case regular = 0x30
        case hardLink = 0x31
        case symlink = 0x32
        case characterDevice = 0x33
        case directory = 0x35
        case fifo = 0x36
        case paxExtended = 0x78
    }

    let name: String
    let type: EntryType
    let mode: UInt32
    var size: UInt64 = 0
    var linkTarget: String = ""
    var device: (major: UInt32, minor: UInt32) = (0, 0)

    /// The name as it fits the ustar field: printable ASCII, at most 100 bytes.
    var asciiName: String { TarHeader.ascii(name) }

    private static func fits(_ text: String) -> Bool {
        text.utf8.count <= 100 && text.utf8.allSatisfy { $0 >= 0x20 && $0 < 0x7F }
    }

    private static func ascii(_ text: String) -> String {
        String(String(decoding: text.utf8.map { $0 >= 0x20 && $0 < 0x7F ? $0 : 0x5F }, as: UTF8.self).suffix(100))
    }

    /// [POSIX pax] "length keyword=value\n" records, where length counts the whole record.
    func paxRecords() -> [UInt8] {
        var out: [UInt8] = []
        if !TarHeader.fits(name) { out += TarHeader.paxRecord("path", name) }
        if !TarHeader.fits(linkTarget) { out += TarHeader.paxRecord("linkpath", linkTarget) }
        if size > 0o77777777777 { out += TarHeader.paxRecord("size", String(size)) }
        return out
    }

    private static func paxRecord(_ key: String, _ value: String) -> [UInt8] {
        let body = " \(key)=\(value)\n"
        var length = body.utf8.count + 1
        while String(length).count + body.utf8.count != length { length = String(length).count + body.utf8.count }
        return Array((String(length) + body).utf8)
    }

    /// [POSIX ustar] field offsets: name 0, mode 100, uid 108, gid 116, size 124, mtime 136,
    /// chksum 148, typeflag 156, linkname 157, magic 257, version 263, uname 265, gname 297,
    /// devmajor 329, devminor 337, prefix 345.
    func block(mtime: UInt64) -> [UInt8] {
        var block = [UInt8](repeating: 0, count: 512)
        func put(_ bytes: some Collection<UInt8>, at offset: Int) {
            for (index, byte) in bytes.enumerated() { block[offset + index] = byte }
        }
        func octal(_ value: UInt64, at offset: Int, width: Int) {
            let digits = String(value, radix: 8)
            let padded = String(repeating: "0", count: max(0, width - 1 - digits.count)) + digits
            put(padded.utf8.suffix(width - 1), at: offset)
        }
        put(asciiName.utf8, at: 0)
        octal(UInt64(mode), at: 100, width: 8)
        octal(0, at: 108, width: 8)
        octal(0, at: 116, width: 8)
        octal(size > 0o77777777777 ? 0 : size, at: 124, width: 12)
        octal(mtime, at: 136, width: 12)
        block[156] = type.rawValue
        put(TarHeader.ascii(linkTarget).utf8, at: 157)
        put(Array("ustar".utf8) + [0] + Array("00".utf8), at: 257)
        put("root".utf8, at: 265)
        put("root".utf8, at: 297)
        octal(UInt64(device.major), at: 329, width: 8)
        octal(UInt64(device.minor), at: 337, width: 8)
        // [POSIX ustar] checksum: byte sum with the field itself read as eight spaces.
        put(Array(repeating: UInt8(0x20), count: 8), at: 148)
        let sum = block.reduce(0) { $0 + Int($1) }
        let digits = String(sum, radix: 8)
        put((String(repeating: "0", count: max(0, 6 - digits.count)) + digits).utf8 + [0, 0x20], at: 148)
        return block
    }
}
