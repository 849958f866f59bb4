/// What the central directory keeps about one entry, filled in as the entry is written.
struct CentralRecord: Sendable {
    let name: [UInt8]
    let flags: UInt16
    let method: UInt16
    let stamp: DOSDateTime
    /// The local header carries a Zip64 extra field (sizes of 4 GiB or more possible).
    let zip64: Bool
    let localHeaderOffset: UInt64
    var externalAttributes: UInt32
    var crc: UInt32 = 0
    var compressedSize: UInt64 = 0
    var uncompressedSize: UInt64 = 0

    /// [APPNOTE 4.4.3] 4.5 for Zip64, else 2.0 (deflate, directories, encryption).
    var versionNeeded: UInt16 { zip64 || localHeaderOffset >= 0xFFFF_FFFF ? 45 : 20 }

    /// [APPNOTE 4.3.12] central directory file header.
    func bytes() -> [UInt8] {
        let sizesInZip64 = zip64 || uncompressedSize >= 0xFFFF_FFFF || compressedSize >= 0xFFFF_FFFF
        let offsetInZip64 = localHeaderOffset >= 0xFFFF_FFFF
        var extra: [UInt8] = []
        if sizesInZip64 { extra.appendLittleEndian(uncompressedSize) }
        if sizesInZip64 { extra.appendLittleEndian(compressedSize) }
        if offsetInZip64 { extra.appendLittleEndian(localHeaderOffset) }
        if !extra.isEmpty { extra = ZipLayout.zip64ExtraHeader(size: extra.count) + extra }

        var out: [UInt8] = []
        out.appendLittleEndian(UInt32(0x0201_4B50))
        out.appendLittleEndian(UInt16(3 << 8 | 63))  // made by: Unix (3), APPNOTE 6.3
        out.appendLittleEndian(versionNeeded)
        out.appendLittleEndian(flags)
        out.appendLittleEndian(method)
        out.appendLittleEndian(stamp.time)
        out.appendLittleEndian(stamp.date)
        out.appendLittleEndian(crc)
        out.appendLittleEndian(sizesInZip64 ? 0xFFFF_FFFF : UInt32(compressedSize))
        out.appendLittleEndian(sizesInZip64 ? 0xFFFF_FFFF : UInt32(uncompressedSize))
        out.appendLittleEndian(UInt16(name.count))
        out.appendLittleEndian(UInt16(extra.count))
        out.appendLittleEndian(UInt16(0))  // comment length
        out.appendLittleEndian(UInt16(0))  // disk number start
        out.appendLittleEndian(UInt16(0))  // internal attributes
        out.appendLittleEndian(externalAttributes)
        out.appendLittleEndian(offsetInZip64 ? 0xFFFF_FFFF : UInt32(localHeaderOffset))
        return out + name + extra
    }
}

/// Byte layouts of the zip records other than the central directory header.
enum ZipLayout {
    /// [APPNOTE 4.5.3] Zip64 extended information extra field: tag 0x0001, data size.
    static func zip64ExtraHeader(size: Int) -> [UInt8] {
        var out: [UInt8] = []
        out.appendLittleEndian(UInt16(0x0001))
        out.appendLittleEndian(UInt16(size))
        return out
    }

    /// [APPNOTE 4.3.7] local file header. Without `sizesKnown`, CRC and sizes are zero
    /// placeholders; with a data descriptor (flag bit 3) they stay zero (APPNOTE 4.4.4).
    static func localHeader(_ record: CentralRecord, sizesKnown: Bool) -> [UInt8] {
        let hasDescriptor = record.flags & 0x0008 != 0
        let fill = sizesKnown && !hasDescriptor
        var extra: [UInt8] = []
        if record.zip64 {
            // [APPNOTE 4.5.3] the local Zip64 field must hold both sizes.
            extra = zip64ExtraHeader(size: 16)
            extra.appendLittleEndian(fill ? record.uncompressedSize : 0)
            extra.appendLittleEndian(fill ? record.compressedSize : 0)
        }
        var out: [UInt8] = []
        out.appendLittleEndian(UInt32(0x0403_4B50))
        out.appendLittleEndian(record.versionNeeded)
        out.appendLittleEndian(record.flags)
        out.appendLittleEndian(record.method)
        out.appendLittleEndian(record.stamp.time)
        out.appendLittleEndian(record.stamp.date)
        out.appendLittleEndian(fill ? record.crc : 0)
        out.appendLittleEndian(record.zip64 ? 0xFFFF_FFFF : (fill ? UInt32(record.compressedSize) : 0))
        out.appendLittleEndian(record.zip64 ? 0xFFFF_FFFF : (fill ? UInt32(record.uncompressedSize) : 0))
        out.appendLittleEndian(UInt16(record.name.count))
        out.appendLittleEndian(UInt16(extra.count))
        return out + record.name + extra
    }

    /// [APPNOTE 4.3.9] data descriptor with its optional signature; 8-byte sizes for Zip64.
    static func dataDescriptor(_ record: CentralRecord) -> [UInt8] {
        var out: [UInt8] = []
        out.appendLittleEndian(UInt32(0x0807_4B50))
        out.appendLittleEndian(record.crc)
        if record.zip64 {
            out.appendLittleEndian(record.compressedSize)
            out.appendLittleEndian(record.uncompressedSize)
        } else {
            out.appendLittleEndian(UInt32(record.compressedSize))
            out.appendLittleEndian(UInt32(record.uncompressedSize))
        }
        return out
    }

    /// [APPNOTE 4.3.14–4.3.16] end of central directory record, preceded by the Zip64 end
    /// record and locator when a count or offset does not fit the classic fields.
    static func endRecords(entries: Int, directoryStart: UInt64, directorySize: UInt64) -> [UInt8] {
        let needsZip64 = entries >= 0xFFFF || directoryStart >= 0xFFFF_FFFF || directorySize >= 0xFFFF_FFFF
        var out: [UInt8] = []
        if needsZip64 {
            let zip64EndOffset = directoryStart + directorySize
            out.appendLittleEndian(UInt32(0x0606_4B50))
            out.appendLittleEndian(UInt64(44))  // size of the rest of this record
            out.appendLittleEndian(UInt16(3 << 8 | 63))
            out.appendLittleEndian(UInt16(45))
            out.appendLittleEndian(UInt32(0))  // this disk
            out.appendLittleEndian(UInt32(0))  // disk with the central directory
            out.appendLittleEndian(UInt64(entries))
            out.appendLittleEndian(UInt64(entries))
            out.appendLittleEndian(directorySize)
            out.appendLittleEndian(directoryStart)
            out.appendLittleEndian(UInt32(0x0706_4B50))
            out.appendLittleEndian(UInt32(0))
            out.appendLittleEndian(zip64EndOffset)
            out.appendLittleEndian(UInt32(1))  // total disks
        }
        out.appendLittleEndian(UInt32(0x0605_4B50))
        out.appendLittleEndian(UInt16(0))
        out.appendLittleEndian(UInt16(0))
        out.appendLittleEndian(UInt16(min(entries, 0xFFFF)))
        out.appendLittleEndian(UInt16(min(entries, 0xFFFF)))
        out.appendLittleEndian(UInt32(min(directorySize, 0xFFFF_FFFF)))
        out.appendLittleEndian(UInt32(min(directoryStart, 0xFFFF_FFFF)))
        out.appendLittleEndian(UInt16(0))  // comment length
        return out
    }
}
