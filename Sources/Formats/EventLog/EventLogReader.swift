import Foundation

/// Reads a Vista-or-later Windows event log (.evtx) as it streams past, one 64 KiB chunk at a
/// time, and sums it up: log name, record count, time range, computers, providers, damage.
///
/// Every chunk physically present is read, not only those the file header counts, because a
/// log copied while Windows had it open often undercounts them [EVTX corruption cases].
public struct EventLogReader: ByteStreamParser {
    static let headerSize = 4096  // [EVTX] file header block
    static let chunkSize = 65536  // [EVTX] chunk

    private var tally: EventLogTally
    /// The header, and a chunk that arrives in several blocks, are gathered here; a chunk that lies
    /// whole in one block is read in place, so `chunk` is only allocated when one is split.
    private var header: [UInt8] = []
    private var chunk: [UInt8] = []
    private var filled = 0
    private var headerDone = false
    private var chunkIndex = 0
    var scanner = EvtxChunkScanner()

    /// Creates a reader that counts every record and keeps those `keep` selects: the most recent
    /// `maxKept` of them.
    ///
    /// `keep` decides on the System fields: it sees `dataStrings` empty, and the message inserts are
    /// decoded only for the records it keeps (decoding every insert would triple the reading time).
    public init(keep: @escaping @Sendable (EventRecord) -> Bool = { _ in false }, maxKept: Int = 2000) {
        tally = EventLogTally(format: "evtx", keep: keep, maxKept: maxKept)
    }

    /// Creates a reader that only sums the log up and keeps no records (message inserts are not decoded).
    public init() {
        tally = EventLogTally(format: "evtx", keep: nil, maxKept: 0)
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
                scanner.scan(
                    UnsafeRawBufferPointer(rebasing: input[0..<Self.chunkSize]), index: chunkIndex,
                    tally: &tally)
                chunkIndex += 1
                input = UnsafeRawBufferPointer(rebasing: input[Self.chunkSize...])
                continue
            }
            _ = Self.fill(&chunk, Self.chunkSize, &filled, from: &input)
            if filled == Self.chunkSize {
                let index = chunkIndex, bytes = chunk
                bytes.withUnsafeBytes { scanner.scan($0, index: index, tally: &tally) }
                chunkIndex += 1
                filled = 0
            }
        }
    }

    /// Ends the file and returns the summary.
    public mutating func finish() -> EventLogSummary {
        if !headerDone {
            tally.damage(
                "file.truncated",
                filled == 0
                    ? "The file is empty." : "The file ends inside the 4096-byte file header, after \(filled) bytes.")
        } else if filled > 0 {
            tally.damage(
                "file.truncated",
                "The file ends inside chunk \(chunkIndex), after \(filled) of its 65536 bytes; "
                    + "the records of that chunk were not read.")
        } else if chunkIndex == 0 {
            tally.damage("file.truncated", "The file holds a header but no chunks.")
        }
        filled = 0
        return tally.finished()
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
            tally.damage("header.bad-magic", "The file does not start with \"ElfFile\"; chunks are still searched.")
            return
        }
        let flags = bytes.u32Unchecked(120)  // [EVTX] file header 120:4
        let chunkCount = Int(bytes.u32Unchecked(40) >> 16)  // [EVTX] 42:2 number of chunks
        tally.setHeader(dirty: flags & 0x1 != 0, full: flags & 0x2 != 0, chunkCount: chunkCount)
        scanner.checksums = flags & 0x4 == 0  // 0x4: no CRC32 (Windows 10 2004 and later)
        scanner.headerChunkCount = chunkCount
        let stored = bytes.u32Unchecked(124)
        if scanner.checksums, CRC32.checksum(UnsafeRawBufferPointer(rebasing: bytes[0..<120])) != stored {
            tally.damage("header.bad-checksum", "The file header's CRC32 does not match its contents.")
        }
    }
}
