import Formats
import Foundation

/// Writes small, valid .evtx files the way Windows lays them out: a file header, 64 KiB chunks
/// with correct CRC32s, and records whose BinXML is a template instance (System fields and
/// EventData/Data inserts as substitutions), templates defined once per chunk and then reused.
///
/// Deterministic: the same events give the same bytes.
public enum EvtxWriter {
    /// The bytes of a log holding `events` in order, with record ids from `firstRecordID` on and at
    /// most `maxRecordsPerChunk` records per chunk (to make several chunks from a few events).
    public static func file(
        _ events: [EvtxEvent], maxRecordsPerChunk: Int = .max, firstRecordID: UInt64 = 1
    ) -> [UInt8] {
        var chunks: [[UInt8]] = []
        var chunk = EvtxChunkWriter(firstRecordID: firstRecordID)
        var recordID = firstRecordID
        for event in events {
            if chunk.records >= maxRecordsPerChunk || !chunk.append(event, recordID: recordID) {
                chunks.append(chunk.finished())
                chunk = EvtxChunkWriter(firstRecordID: recordID)
                // An event too large for an empty chunk is left out rather than written broken.
                if !chunk.append(event, recordID: recordID) { continue }
            }
            recordID += 1
        }
        if chunk.records > 0 || chunks.isEmpty { chunks.append(chunk.finished()) }
        return header(chunkCount: chunks.count, nextRecordID: recordID) + chunks.joined()
    }

    /// The 4096-byte file header [EVTX file header].
    static func header(chunkCount: Int, nextRecordID: UInt64) -> [UInt8] {
        var sink = LittleEndianSink()
        sink.ascii("ElfFile\0")
        sink.u64(0)  // 8: first chunk number
        sink.u64(UInt64(max(0, chunkCount - 1)))  // 16: last chunk number
        sink.u64(nextRecordID)  // 24: next record id
        sink.u32(128)  // 32: header size
        sink.u16(1)  // 36: minor version
        sink.u16(3)  // 38: major version
        sink.u16(4096)  // 40: header block size
        sink.u16(UInt16(clamping: chunkCount))  // 42: number of chunks
        sink.zeros(120 - sink.count)
        sink.u32(0)  // 120: flags (clean)
        sink.u32(CRC32.checksum(Array(sink.bytes[0..<120])))  // 124: CRC32 of bytes 0-119
        sink.zeros(4096 - sink.count)
        return sink.bytes
    }
}
