import Foundation

extension ZipWriter {
    /// Writes one entry: local header, data (compressed, then encrypted), optional data
    /// descriptor, and remembers its central-directory record. `knownCRC` lets an encrypted
    /// entry's check byte use the CRC. CRC and sizes are patched into the local header after
    /// the data (same length, so in place) unless a data descriptor carries them.
    mutating func addEntry(
        name: EntryName, method: Method, password: String?, modified: Date, attributes: UInt32,
        zip64: Bool, knownCRC: UInt32?, producer: (inout [UInt8]) throws -> Bool
    ) throws {
        let (nameBytes, isUTF8) = try name.encoded()
        guard nameBytes.count <= 0xFFFF else { throw Failure.nameTooLong }
        let stamp = DOSDateTime(modified)
        let encrypted = password != nil
        let descriptor = dataDescriptors || (encrypted && knownCRC == nil)
        var flags: UInt16 = isUTF8 ? 0x0800 : 0  // [APPNOTE 4.4.4] bit 11: UTF-8 names
        if encrypted { flags |= 0x0001 }  // bit 0: encrypted
        if descriptor { flags |= 0x0008 }  // bit 3: CRC and sizes follow the data

        var record = CentralRecord(
            name: nameBytes, flags: flags, method: method.rawValue, stamp: stamp, zip64: zip64,
            localHeaderOffset: sink.offset, externalAttributes: attributes)
        record.crc = knownCRC ?? 0
        try sink.write(ZipLayout.localHeader(record, sizesKnown: false))

        var cipher = password.map { ZipCrypto(password: Array($0.utf8)) }
        if var active = cipher {
            // [APPNOTE 6.1.6] check byte: CRC high byte, or DOS time high byte with bit 3.
            let check = descriptor ? UInt8(stamp.time >> 8) : UInt8(truncatingIfNeeded: record.crc >> 24)
            try sink.write(active.header(random: &random, checkByte: check))
            cipher = active
            record.compressedSize = 12
        }

        var crc = RunningCRC32()
        var encoder = method == .deflate ? DeflateEncoder() : nil
        var chunk: [UInt8] = []
        var output: [UInt8] = []
        var more = true
        while more {
            chunk.removeAll(keepingCapacity: true)
            more = try producer(&chunk)
            crc.update(chunk)
            record.uncompressedSize += UInt64(chunk.count)
            output.removeAll(keepingCapacity: true)
            if encoder != nil { encoder?.compress(chunk, into: &output) } else { output = chunk }
            if !more { encoder?.finish(into: &output) }
            if var active = cipher {
                output = active.encrypt(output)
                cipher = active
            }
            record.compressedSize += UInt64(output.count)
            try sink.write(output)
        }
        record.crc = crc.value

        let large = record.uncompressedSize >= 0xFFFF_FFFF || record.compressedSize >= 0xFFFF_FFFF
        if large, !zip64 { throw Failure.needsZip64 }
        if descriptor {
            try sink.write(ZipLayout.dataDescriptor(record))
        } else {
            try sink.overwrite(
                at: record.localHeaderOffset, with: ZipLayout.localHeader(record, sizesKnown: true))
        }
        centralDirectory.append(record)
    }
}
