import Foundation

/// Reads a Vista-or-later Windows event log (.evtx) as it streams past, one 64 KiB chunk at a
/// time, and sums it up: log name, record count, time range, computers, providers, damage.
///
/// Every chunk physically present is read, not only those the file header counts, because a
/// log copied while Windows had it open often undercounts them [EVTX corruption cases].
public struct EventLogReader: ByteStreamParser {
    static let headerSize = 4096  // [EVTX] file header block
    static let chunkSize = 65536  // [EVTX] chunk

    private var totals: EvtxLogTotals
    /// The header, and a chunk that arrives in several blocks, are gathered here; a chunk that lies
    /// whole in one block is read in place, so `chunk` is only allocated when one is split.
    private var header: [UInt8] = []
    private var chunk: [UInt8] = []
    private var filled = 0
    private var headerDone = false
    private var chunkIndex = 0
    private var lanes: EvtxChunkLanes

    /// Lanes worth reading on: this machine's cores, up to four (the thread that decompresses
    /// needs one now and then).
    public static var availableLanes: Int { min(4, max(1, ProcessInfo.processInfo.activeProcessorCount)) }

    /// Creates a reader that counts every record and keeps those `keep` selects: the most recent
    /// `maxKept` of them.
    ///
    /// `keep` decides on the System fields: it sees `dataStrings` empty, and the message inserts are
    /// decoded only for the records it keeps (decoding every insert would triple the reading time).
    /// With more than one lane, chunks are read on that many threads at once (`EvtxChunkLanes`);
    /// the summary is the same.
    public init(keep: @escaping @Sendable (EventRecord) -> Bool = { _ in false }, maxKept: Int = 2000, lanes: Int = 1) {
        self.init(keep: keep, maxKept: maxKept, lanes: lanes, chunkBudget: EvtxChunkFindings.budget)
    }

    /// `chunkBudget`: what one chunk's findings may hold on a lane before the chunk is read again
    /// on the calling thread (`EvtxChunkFindings.budget`; smaller in tests).
    init(keep: @escaping @Sendable (EventRecord) -> Bool, maxKept: Int, lanes: Int, chunkBudget: Int) {
        totals = EvtxLogTotals(tally: EventLogTally(format: "evtx", keep: keep, maxKept: maxKept))
        self.lanes = EvtxChunkLanes(lanes: lanes, keep: maxKept > 0 ? keep : nil, budget: chunkBudget)
    }

    /// Creates a reader that only sums the log up and keeps no records (message inserts are not decoded).
    public init(lanes: Int = 1) {
        totals = EvtxLogTotals(tally: EventLogTally(format: "evtx", keep: nil, maxKept: 0))
        self.lanes = EvtxChunkLanes(lanes: lanes, keep: nil)
    }

    /// Feeds the next block of the file.
    public mutating func consume(_ bytes: UnsafeRawBufferPointer) {
        var input = bytes
        while !input.isEmpty {
            if !headerDone {
                let taken = Self.fill(&header, Self.headerSize, &filled, from: &input)
                if filled == Self.headerSize {
                    let bytes = header
                    bytes.withUnsafeBytes { readHeader($0) }
                    headerDone = true
                    filled = 0
                }
                if taken == 0 { break }
                continue
            }
            if filled == 0, input.count >= Self.chunkSize {
                // A whole chunk lies in the block: read it in place, without copying.
                chunkArrived(UnsafeRawBufferPointer(rebasing: input[0..<Self.chunkSize]))
                input = UnsafeRawBufferPointer(rebasing: input[Self.chunkSize...])
                continue
            }
            _ = Self.fill(&chunk, Self.chunkSize, &filled, from: &input)
            if filled == Self.chunkSize {
                let bytes = chunk
                bytes.withUnsafeBytes { chunkArrived($0) }
                filled = 0
            }
        }
    }

    private mutating func chunkArrived(_ bytes: UnsafeRawBufferPointer) {
        if lanes.laneCount == 1 {
            lanes.read(bytes, index: chunkIndex, into: &totals)
        } else {
            lanes.add(bytes, index: chunkIndex)
            if lanes.isFull { lanes.read(into: &totals) }
        }
        chunkIndex += 1
    }

    /// Ends the file and returns the summary.
    public mutating func finish() -> EventLogSummary {
        lanes.finish(into: &totals)  // the chunks still gathered, and those being read
        if !headerDone {
            totals.tally.damage(
                "file.truncated",
                filled == 0
                    ? "The file is empty." : "The file ends inside the 4096-byte file header, after \(filled) bytes.")
        } else if filled > 0 {
            totals.tally.damage(
                "file.truncated",
                "The file ends inside chunk \(chunkIndex), after \(filled) of its 65536 bytes; "
                    + "the records of that chunk were not read.")
        } else if chunkIndex == 0 {
            totals.tally.damage("file.truncated", "The file holds a header but no chunks.")
        }
        filled = 0
        return totals.tally.finished()
    }

    private static func fill(
        _ buffer: inout [UInt8], _ size: Int, _ filled: inout Int, from input: inout UnsafeRawBufferPointer
    ) -> Int {
        if buffer.count < size { buffer = [UInt8](repeating: 0, count: size) }
        let taken = min(buffer.count - filled, input.count)
        guard taken > 0 else { return 0 }
        let start = filled
        buffer.withUnsafeMutableBytes { target in
            target.baseAddress!.advanced(by: start).copyMemory(from: input.baseAddress!, byteCount: taken)
        }
        filled += taken
        input = UnsafeRawBufferPointer(rebasing: input[taken...])
        return taken
    }

    private mutating func readHeader(_ bytes: UnsafeRawBufferPointer) {
        guard EventLogSignature.isEvtx(bytes) else {
            totals.tally.damage(
                "header.bad-magic", "The file does not start with \"ElfFile\"; chunks are still searched.")
            return
        }
        let flags = bytes.u32Unchecked(120)  // [EVTX] file header 120:4
        let chunkCount = Int(bytes.u32Unchecked(40) >> 16)  // [EVTX] 42:2 number of chunks
        totals.tally.setHeader(dirty: flags & 0x1 != 0, full: flags & 0x2 != 0, chunkCount: chunkCount)
        let checksums = flags & 0x4 == 0  // 0x4: no CRC32 (Windows 10 2004 and later)
        lanes.configure(checksums: checksums, headerChunkCount: chunkCount)
        let stored = bytes.u32Unchecked(124)
        if checksums, CRC32.checksum(UnsafeRawBufferPointer(rebasing: bytes[0..<120])) != stored {
            totals.tally.damage("header.bad-checksum", "The file header's CRC32 does not match its contents.")
        }
    }
}
