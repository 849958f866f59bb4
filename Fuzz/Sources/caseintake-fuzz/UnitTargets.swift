import CaseFixtures
import Formats
import Foundation

/// Targets that fuzz one unit of a log — an evtx chunk, the records of an .evt file — behind a
/// valid file header the harness writes, so that mutations go into records and BinXML instead of
/// being spent on the file header, and each input costs one parse of one unit.
///
/// Block feeding is left to the whole-file targets (`evtx`, `evt`): the readers copy a unit into
/// one buffer before reading it, so how the bytes were cut cannot change what the records say.
enum UnitTargets {
    /// A valid evtx file header that counts one chunk and sets flag 0x4 ("no checksums", as Windows
    /// 10 2004 and later write), so that a mutated chunk is read without a 64 KiB CRC per input.
    static let evtxHeader: [UInt8] = {
        var header = Array(EvtxWriter.file([]).prefix(EventLogUnits.evtxHeaderSize))
        header[120] = 0x04
        let crc = CRC32.checksum(Array(header[0..<120]))
        withUnsafeBytes(of: crc.littleEndian) { header.replaceSubrange(124..<128, with: $0) }
        return header
    }()

    /// The input is the start of one chunk (the target runs with a `-max_len` of a few KiB, so that
    /// an execution costs a few records, not a chunk's hundreds), zero-padded to 64 KiB: a shorter
    /// chunk would be read as a truncated file and never parsed. A free-space offset past the input
    /// is set to the input's end, so that the reader does not search the padding byte by byte for
    /// records on every execution (the whole-file `evtx` target keeps that path).
    static func evtxChunk(_ bytes: UnsafeRawBufferPointer) {
        let size = EventLogUnits.evtxHeaderSize + EventLogUnits.evtxChunkSize
        var file = evtxHeader
        file.reserveCapacity(size)
        file.append(contentsOf: bytes.prefix(EventLogUnits.evtxChunkSize))
        let end = file.count - EventLogUnits.evtxHeaderSize
        file.append(contentsOf: repeatElement(0, count: size - file.count))
        let freeSpace = EventLogUnits.evtxHeaderSize + 48  // [EVTX] chunk header 48:4
        let stated = file[freeSpace..<freeSpace + 4].reversed().reduce(0) { $0 << 8 | Int($1) }
        if stated > end {
            withUnsafeBytes(of: UInt32(max(end, 512)).littleEndian) {
                file.replaceSubrange(freeSpace..<freeSpace + 4, with: $0)
            }
        }
        var reader = EventLogReader(keep: { _ in true })
        reader.consume(file)
        _ = reader.finish()
    }

    /// The input is a file's start: its header and the first part of its first chunk. An input of
    /// even length is zero-padded to the end of that chunk — a whole one-chunk log whose records
    /// stop early, read in blocks and whole like any file — so that an execution costs the records
    /// the input holds, not a 64 KiB chunk's; an odd length is read as it is, a log cut short.
    static func evtxFile(_ bytes: UnsafeRawBufferPointer) {
        let size = EventLogUnits.evtxHeaderSize + EventLogUnits.evtxChunkSize
        let make = { EventLogReader(keep: { _ in true }) }
        guard bytes.count % 2 == 0, bytes.count > EventLogUnits.evtxHeaderSize, bytes.count < size else {
            return StreamFeeding.feed(bytes, make)
        }
        var file = Array(bytes)
        file.append(contentsOf: repeatElement(0, count: size - file.count))
        file.withUnsafeBytes { StreamFeeding.feed($0, make) }
    }

    /// The input is what follows the 48-byte header: records and the end-of-file record.
    static func evtRecords(_ bytes: UnsafeRawBufferPointer) {
        var reader = LegacyEventLogReader(keep: { _ in true })
        reader.consume(LegacyEvtSeed.header(recordsLength: bytes.count))
        reader.consume(bytes)
        _ = reader.finish()
    }
}

/// Cuts event logs into the units the targets run on.
enum EventLogUnits {
    static let evtxHeaderSize = 4096
    static let evtxChunkSize = 65_536

    /// The file header followed by one chunk, for each of the first `maxUnits` chunks: each unit is
    /// a complete small log (one chunk holds its own templates and string table).
    static func evtxFiles(_ file: [UInt8], maxUnits: Int = 8) -> [[UInt8]] {
        evtxChunks(file, maxUnits: maxUnits).map { Array(file.prefix(evtxHeaderSize)) + $0 }
    }

    /// The first `maxUnits` chunks, each cut after its last non-zero byte (the target pads it back).
    static func evtxChunks(_ file: [UInt8], maxUnits: Int = 8) -> [[UInt8]] {
        guard file.count > evtxHeaderSize else { return [file] }
        return stride(from: evtxHeaderSize, to: file.count, by: evtxChunkSize).prefix(maxUnits).map { offset in
            let chunk = file[offset..<min(file.count, offset + evtxChunkSize)]
            let used = (chunk.lastIndex { $0 != 0 } ?? offset - 1) + 1
            return Array(file[offset..<used])
        }
    }
}
