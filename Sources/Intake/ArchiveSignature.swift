/// Archive and compressed-stream formats Intake opens, told apart by their first bytes so that a
/// renamed archive (`logs.dat`) is still opened and a `.zip` that is not one is not.
enum ArchiveSignature: Equatable {
    case zip, sevenZip, rar, cab, lzh, tar, cpio, iso9660, ar, xar
    /// A compressed stream (gzip, bzip2, xz, zstd, lz4, lzip, compress): a tarball or one file.
    case compressed

    /// libarchive's 7z and ISO 9660 readers seek; these are read from a file, never a stream.
    var needsSeeking: Bool { self == .sevenZip || self == .iso9660 }

    /// Recognises an archive from the head of a file (at least the first 64 KiB when the file is
    /// that long). Office documents (zips with `[Content_Types].xml` or `mimetype`) are not
    /// archives to open: they are documents; except a workbook (an entry under `xl/` in the
    /// head), whose parts are walked so that a returned Excel hearing sheet can be read.
    static func detect(_ head: UnsafeRawBufferPointer) -> ArchiveSignature? {
        func starts(_ magic: [UInt8], at offset: Int = 0) -> Bool {
            guard head.count >= offset + magic.count else { return false }
            for (index, byte) in magic.enumerated() where head[offset + index] != byte { return false }
            return true
        }
        // PKWARE APPNOTE 4.3.7 local file header, 4.3.16 end of central directory, 8.5.3 spanning marker.
        if starts([0x50, 0x4B, 0x03, 0x04]) { return isOfficeDocument(head) && !isWorkbook(head) ? nil : .zip }
        if starts([0x50, 0x4B, 0x05, 0x06]) || starts([0x50, 0x4B, 0x07, 0x08, 0x50, 0x4B]) { return .zip }
        if starts([0x37, 0x7A, 0xBC, 0xAF, 0x27, 0x1C]) { return .sevenZip }
        if starts(Array("Rar!\u{1A}\u{07}".utf8)) { return .rar }
        if starts(Array("MSCF".utf8) + [0, 0, 0, 0]) { return .cab }
        // LHA level 0-2 headers: method id "-lh?-" / "-lz?-" at offset 2.
        if head.count >= 7, head[2] == 0x2D, head[3] == 0x6C, head[4] == 0x68 || head[4] == 0x7A,
            head[6] == 0x2D
        {
            return .lzh
        }
        if starts(Array("ustar".utf8), at: 257) { return .tar }
        // cpio odc/newc headers are 76/110 bytes of octal/hex digits after the magic: a text line
        // that merely starts "070707 10:05" is not one. Binary cpio's 2-byte magic is too weak to trust.
        if starts(Array("070707".utf8)) || starts(Array("070701".utf8)) || starts(Array("070702".utf8)),
            head.count >= 76, head[6..<76].allSatisfy({ isHexDigit($0) })
        {
            return .cpio
        }
        if starts(Array("CD001".utf8), at: 32769) { return .iso9660 }
        if starts(Array("!<arch>\n".utf8)) { return .ar }
        if starts(Array("xar!".utf8)) { return .xar }
        let compressedMagics: [[UInt8]] = [
            [0x1F, 0x8B, 0x08],  // gzip with deflate, RFC 1952 §2.3.1
            [0xFD, 0x37, 0x7A, 0x58, 0x5A, 0x00],  // xz
            [0x28, 0xB5, 0x2F, 0xFD],  // zstd, RFC 8878
            [0x04, 0x22, 0x4D, 0x18],  // lz4 frame
            Array("LZIP".utf8),
        ]
        if compressedMagics.contains(where: { starts($0) }) { return .compressed }
        // bzip2 "BZh" + block size 1-9; compress (.Z) 1F 9D + flags whose low bits say 9-16 bits.
        if starts(Array("BZh".utf8)), head.count > 3, (0x31...0x39).contains(head[3]) { return .compressed }
        if starts([0x1F, 0x9D]), head.count > 2, (9...16).contains(head[2] & 0x1F) { return .compressed }
        return nil
    }

    private static func isHexDigit(_ byte: UInt8) -> Bool {
        (0x30...0x39).contains(byte) || (0x41...0x46).contains(byte) || (0x61...0x66).contains(byte)
    }

    /// An OOXML spreadsheet names `xl/workbook.xml` or `xl/worksheets/` in one of its first local headers.
    private static func isWorkbook(_ head: UnsafeRawBufferPointer) -> Bool {
        let bytes = Array(head)
        return [Array("xl/workbook.xml".utf8), Array("xl/worksheets/".utf8)].contains { name in
            bytes.indices.dropLast(name.count).contains { start in
                bytes[start] == name[0] && bytes[start..<(start + name.count)].elementsEqual(name)
            }
        }
    }

    /// An OOXML or ODF document is a zip whose first member is `[Content_Types].xml` or `mimetype`.
    private static func isOfficeDocument(_ head: UnsafeRawBufferPointer) -> Bool {
        guard head.count >= 30 else { return false }
        let nameLength = Int(head[26]) | Int(head[27]) << 8  // APPNOTE 4.3.7: file name length at 26
        guard head.count >= 30 + nameLength else { return false }
        let name = String(decoding: head[30..<(30 + nameLength)], as: UTF8.self)
        return name == "[Content_Types].xml" || name == "mimetype" || name.hasPrefix("docProps/")
    }
}
