import Foundation

/// Reads a Windows XP / Server 2003 event log (.evt) as it streams past and sums it up like
/// `EventLogReader` does for .evtx (format "evt"; such logs name no channel).
///
/// An .evt file is a ring buffer: in a wrapped log the oldest records follow the end-of-file
/// record and the newest one may be split across the end of the file and its start [EVT].
public struct LegacyEventLogReader: ByteStreamParser {
    static let headerSize = 0x30  // [EVT] file header
    static let minimumRecord = 0x38  // fixed part of a record [EVT]
    static let maximumRecord = 1 << 20
    static let headLength = 65536

    private var tally: EventLogTally
    private var pending: [UInt8] = []
    private var cursor = 0  // index into `pending` of the next byte to examine
    private var base = 0  // file offset of pending[0]
    private var head: [UInt8] = []  // the bytes after the header, for a record split by wrapping
    private var seen = RecordIDSet()
    private var endOfLog: (offset: Int, begin: Int)?

    /// Creates a reader that counts every record and keeps those `keep` selects, up to `maxKept`
    /// (`keep` sees `dataStrings` empty; they are decoded for the records kept).
    public init(keep: @escaping @Sendable (EventRecord) -> Bool = { _ in false }, maxKept: Int = 2000) {
        tally = EventLogTally(format: "evt", keep: keep, maxKept: maxKept)
    }

    /// Creates a reader that only sums the log up and keeps no records.
    public init() {
        tally = EventLogTally(format: "evt", keep: nil, maxKept: 0)
    }

    /// Feeds the next block of the file.
    public mutating func consume(_ bytes: UnsafeRawBufferPointer) {
        let offset = base + pending.count
        if offset < Self.headerSize + Self.headLength, offset + bytes.count > Self.headerSize {
            let from = max(0, Self.headerSize - offset)
            let to = min(bytes.count, Self.headerSize + Self.headLength - offset)
            if from < to { head.append(contentsOf: bytes[from..<to]) }
        }
        pending.append(contentsOf: bytes)
        if base == 0, cursor == 0 {
            guard pending.count >= Self.headerSize else { return }
            readHeader()
            cursor = Self.headerSize
        }
        scan(final: false)
        if cursor > 1 << 20 {
            pending.removeFirst(cursor)
            base += cursor
            cursor = 0
        }
    }

    /// Ends the file and returns the summary.
    public mutating func finish() -> EventLogSummary {
        if base == 0, cursor == 0 {
            tally.damage(
                "file.truncated",
                pending.isEmpty
                    ? "The file is empty." : "The file ends inside the 48-byte header, after \(pending.count) bytes.")
            return tally.finished()
        }
        scan(final: true)
        if endOfLog == nil {
            tally.damage("file.no-eof-record", "No end-of-file record was found; every record found was counted.")
        }
        pending = []
        head = []
        return tally.finished()
    }

    private mutating func readHeader() {
        let bytes = pending
        bytes.withUnsafeBytes { header in
            guard EventLogSignature.isEvt(header) else {
                tally.damage("header.bad-magic", "The file does not start with a 48-byte \"LfLe\" header.")
                return
            }
            let flags = header.u32Unchecked(36)  // [EVT] header 36:4 flags
            tally.setHeader(dirty: flags & 0x1 != 0, full: flags & 0x4 != 0, chunkCount: 0)
            tally.setWrapped(flags & 0x2 != 0)
        }
    }

    /// Examines `pending` from `cursor`: records, the end-of-file record, or bytes to step over.
    private mutating func scan(final: Bool) {
        let bytes = pending
        bytes.withUnsafeBytes { buffer in
            while cursor + 8 <= buffer.count {
                let size = Int(buffer.u32Unchecked(cursor))
                if buffer.u32Unchecked(cursor + 4) == 0x654C_664C, size >= Self.minimumRecord,
                    size <= Self.maximumRecord
                {  // "LfLe" [EVT] record 4:4
                    guard cursor + size <= buffer.count else {
                        guard final else { return }
                        readSplitRecord(buffer, size: size)
                        // A length running past the end that no wrapped record explains is damage
                        // in one header: the records after it are still read.
                        if cursor < buffer.count {
                            cursor += 1
                            continue
                        }
                        return
                    }
                    if Int(buffer.u32Unchecked(cursor + size - 4)) == size {
                        let record = UnsafeRawBufferPointer(rebasing: buffer[cursor..<(cursor + size)])
                        take(record, at: base + cursor)
                        cursor += size
                        continue
                    }
                } else if size == 0x28, cursor + 0x28 <= buffer.count, buffer.u32Unchecked(cursor + 4) == 0x1111_1111,
                    buffer.u32Unchecked(cursor + 8) == 0x2222_2222, buffer.u32Unchecked(cursor + 12) == 0x3333_3333
                {
                    // [EVT] end-of-file record: 20:4 offset of the oldest record
                    endOfLog = (base + cursor, Int(buffer.u32Unchecked(cursor + 20)))
                    cursor += 0x28
                    continue
                } else if size == 0x28, cursor + 0x28 > buffer.count, !final {
                    return
                }
                cursor += 1
            }
        }
    }

    /// A wrapped log's newest record may begin at the end of the file and go on after the header.
    private mutating func readSplitRecord(_ buffer: UnsafeRawBufferPointer, size: Int) {
        let tail = Array(buffer[cursor...])
        let needed = size - tail.count
        guard let end = endOfLog, end.begin > end.offset, needed > 0, needed <= head.count else { return }
        let joined = tail + head[0..<needed]
        guard joined.withUnsafeBytes({ Int($0.u32Unchecked(size - 4)) }) == size else { return }
        let offset = base + cursor
        joined.withUnsafeBytes { take($0, at: offset) }
        cursor = buffer.count
    }

    /// Counts one complete record lying at file offset `offset`.
    private mutating func take(_ record: UnsafeRawBufferPointer, at offset: Int) {
        // Past the end-of-file record only the region from the oldest record on is live (wrapped logs).
        if let end = endOfLog, !(end.begin > end.offset && offset >= end.begin) {
            tally.recovered()
            return
        }
        let number = UInt64(record.u32Unchecked(8))  // [EVT] record 8:4 record number
        guard seen.insert(number) else {
            tally.damage("record.duplicate-id", "Record \(number) appears more than once; later copies were dropped.")
            return
        }
        tally.add(LegacyEventRecord.decode(record)) { LegacyEventRecord.inserts(record) }
    }
}
