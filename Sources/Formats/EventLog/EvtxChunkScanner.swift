import Foundation

/// Reads the records of one 64 KiB evtx chunk, checking its checksums and stepping over damage.
/// What it finds depends on the chunk alone (`EvtxChunkFindings`).
struct EvtxChunkScanner {
    var checksums = true
    var headerChunkCount = 0
    /// Which records to keep, whose message inserts are then decoded; nil keeps none.
    let keep: (@Sendable (EventRecord) -> Bool)?
    private var decoder = BinXmlDecoder()
    private var providers = RecentStrings()
    private var sources = RecentStrings()
    private var computers = RecentStrings()
    private var channels = RecentStrings()

    private static let chunkMagic: UInt64 = 0x006B_6E68_4366_6C45  // "ElfChnk\0" [EVTX] chunk header 0:8
    private static let recordMagic: UInt32 = 0x0000_2A2A  // "**\0\0" [EVTX] event record 0:4
    private static let recordHeader = 24
    private static let minimumRecord = 28  // header and trailing size copy [OMB]

    init(keep: (@Sendable (EventRecord) -> Bool)?) { self.keep = keep }

    mutating func scan(_ chunk: UnsafeRawBufferPointer, index: Int, into sink: inout some EvtxChunkSink) {
        guard chunk.u64Unchecked(0) == Self.chunkMagic else {
            let zeroed = !chunk.contains { $0 != 0 }
            // Unused chunks past the header's count are zero-filled by Windows; only others are damage.
            if !(zeroed && index >= headerChunkCount) {
                sink.damage(
                    "chunk.bad-magic",
                    "Chunk \(index) does not start with \"ElfChnk\""
                        + (zeroed ? " (it is zero-filled)" : "") + " and was skipped.")
            }
            return
        }
        sink.chunk()
        var end = Int(chunk.u32Unchecked(48))  // [EVTX] chunk header 48:4 free-space offset
        if end < 512 || end > chunk.count {
            sink.damage(
                "chunk.bad-free-space",
                "Chunk \(index) has a free-space offset of \(end); "
                    + "records were searched up to the chunk's end.")
            end = chunk.count
        }
        if checksums { check(chunk, index: index, end: end, sink: &sink) }
        decoder.begin(chunk: chunk)
        var pos = 512
        var recovering = false
        let lastID = chunk.u64Unchecked(32)  // [EVTX] chunk header 32:8 last record id
        while pos + Self.recordHeader <= end, !sink.isFull {
            let size = Int(chunk.u32Unchecked(pos + 4))
            let magic = chunk.u32Unchecked(pos) == Self.recordMagic
            if magic, size >= Self.minimumRecord, size <= end - pos {
                let intact = Int(chunk.u32Unchecked(pos + size - 4)) == size
                if recovering {
                    if intact { sink.recovered(chunk.u64Unchecked(pos + 8)) }
                } else {
                    if !intact {
                        sink.damage(
                            "record.bad-size",
                            "Chunk \(index) has a record at offset \(pos) whose trailing "
                                + "size copy does not match its size \(size); it was read, then the chunk was searched."
                        )
                    }
                    read(chunk, at: pos, size: size, index: index, sink: &sink)
                    // Nothing newer than the header's last record was written to this chunk: the rest is
                    // slack from before the log wrapped [OMB stops the chunk here].
                    if chunk.u64Unchecked(pos + 8) == lastID { recovering = true }
                }
                if intact {
                    pos += size
                    continue
                }
            } else if !recovering {
                if !magic {
                    sink.damage("record.bad-magic", "Chunk \(index) has no record signature at offset \(pos).")
                } else if size == 0 {
                    sink.damage("record.zero-size", "Chunk \(index) has a record of size 0 at offset \(pos).")
                } else {
                    sink.damage(
                        "record.bad-size",
                        "Chunk \(index) has a record at offset \(pos) whose size "
                            + "\(size) does not fit in the chunk.")
                }
            }
            guard let next = resync(chunk, after: pos, end: end) else { break }
            pos = next
            // Records past damage may be stale copies from slack: counted apart, not in the timeline.
            recovering = true
        }
    }

    /// Finds the next "**\0\0" whose size fits and matches its trailing copy [EVTX recovery].
    private func resync(_ chunk: UnsafeRawBufferPointer, after pos: Int, end: Int) -> Int? {
        var candidate = pos + 1
        while candidate + Self.recordHeader <= end {
            if chunk[candidate] == 0x2A, chunk.u32Unchecked(candidate) == Self.recordMagic {
                let size = Int(chunk.u32Unchecked(candidate + 4))
                if size >= Self.minimumRecord, size <= end - candidate,
                    Int(chunk.u32Unchecked(candidate + size - 4)) == size
                {
                    return candidate
                }
            }
            candidate += 1
        }
        return nil
    }

    /// Reads one record; whether its id was read before is for the totals to decide (`EvtxLogTotals`).
    private mutating func read(
        _ chunk: UnsafeRawBufferPointer, at pos: Int, size: Int, index: Int, sink: inout some EvtxChunkSink
    ) {
        let headerID = chunk.u64Unchecked(pos + 8)  // [EVTX] event record 8:8
        do {
            try decoder.decodeRecord((pos + Self.recordHeader)..<(pos + size - 4), collectData: keep != nil)
        } catch {
            sink.unparsable(headerID, chunk: index)
            return
        }
        let fields = decoder.fields
        let written = chunk.u64Unchecked(pos + 16)  // [EVTX] event record 16:8 FILETIME written
        // The header's write time stands in only for a record whose XML has no TimeCreated; one
        // that is there but cannot be read leaves the record out of the time range, as damage.
        let timeCreated: Date?
        if let field = fields.timeCreated {
            timeCreated = field.date(in: chunk)
        } else {
            timeCreated = WindowsTime.date(fileTime: written)
        }
        let badTime = fields.timeCreated != nil && timeCreated == nil
        let record = EventRecord(
            provider: fields.provider.map { providers.text(of: $0, in: chunk) } ?? "",
            eventSourceName: fields.eventSourceName.map { sources.text(of: $0, in: chunk) },
            eventID: Int(truncatingIfNeeded: fields.eventID?.integer(in: chunk) ?? 0),
            qualifiers: fields.qualifiers?.integer(in: chunk).map { Int(truncatingIfNeeded: $0) },
            level: Int(truncatingIfNeeded: fields.level?.integer(in: chunk) ?? 0),
            timeCreated: timeCreated,
            recordID: fields.recordID?.integer(in: chunk).map { UInt64(bitPattern: $0) } ?? headerID,
            computer: fields.computer.map { computers.text(of: $0, in: chunk) } ?? "",
            channel: fields.channel.map { channels.text(of: $0, in: chunk) } ?? "")
        guard keep?(record) == true else {
            sink.record(headerID, record, kept: false, badTime: badTime, chunk: index)
            return
        }
        var kept = record
        kept.dataStrings = fields.data.flatMap {
            $0.items(in: chunk, limit: EventRecord.maxDataLength, maxItems: EventRecord.maxDataStrings)
        }.prefix(EventRecord.maxDataStrings).map { $0 }
        sink.record(headerID, kept, kept: true, badTime: badTime, chunk: index)
    }

    private func check(_ chunk: UnsafeRawBufferPointer, index: Int, end: Int, sink: inout some EvtxChunkSink) {
        // [EVTX] chunk header 124:4 = CRC32 of bytes 0-119 and 128-511
        let headerCRC = CRC32.checksum(
            UnsafeRawBufferPointer(rebasing: chunk[128..<512]),
            continuing: CRC32.checksum(UnsafeRawBufferPointer(rebasing: chunk[0..<120])))
        if headerCRC != chunk.u32Unchecked(124) {
            sink.damage("chunk.bad-checksum", "The header CRC32 of chunk \(index) does not match.")
        }
        // [OMB validate_data_checksum] chunk header 52:4 = CRC32 of bytes 512..<free-space offset
        if CRC32.checksum(UnsafeRawBufferPointer(rebasing: chunk[512..<end])) != chunk.u32Unchecked(52) {
            sink.damage("chunk.bad-data-checksum", "The records CRC32 of chunk \(index) does not match.")
        }
    }
}
