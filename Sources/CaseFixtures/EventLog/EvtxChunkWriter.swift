import Formats
import Foundation

/// Fills one 64 KiB chunk with records [EVTX chunk header, event record].
struct EvtxChunkWriter {
    private var sink = LittleEndianSink()
    private var template = EvtxTemplateWriter()
    private let firstRecordID: UInt64
    private var lastRecordOffset = 512
    private(set) var records = 0

    init(firstRecordID: UInt64) {
        self.firstRecordID = firstRecordID
        sink.zeros(512)
    }

    /// Writes the record, or returns false (changing nothing) when it does not fit.
    mutating func append(_ event: EvtxEvent, recordID: UInt64) -> Bool {
        let savedSink = sink, savedTemplate = template
        let start = sink.count
        sink.bytes.append(contentsOf: [0x2A, 0x2A, 0, 0])
        sink.u32(0)  // size, patched below
        sink.u64(recordID)
        sink.u64(LittleEndianSink.fileTime(event.time))
        template.writeInstance(event, recordID: recordID, into: &sink)
        let size = sink.count - start + 4
        sink.u32(UInt32(size))
        sink.set32(start + 4, UInt32(size))
        guard sink.count <= 65536 else {
            sink = savedSink
            template = savedTemplate
            return false
        }
        lastRecordOffset = start
        records += 1
        return true
    }

    /// The chunk's bytes with its header and checksums filled in.
    mutating func finished() -> [UInt8] {
        let lastID = firstRecordID + UInt64(max(records, 1)) - 1
        let freeSpace = sink.count
        var header = LittleEndianSink()
        header.ascii("ElfChnk\0")
        header.u64(firstRecordID)  // 8: first record number
        header.u64(lastID)  // 16: last record number
        header.u64(firstRecordID)  // 24: first record id
        header.u64(lastID)  // 32: last record id
        header.u32(128)  // 40: header size
        header.u32(UInt32(lastRecordOffset))  // 44: last record offset
        header.u32(UInt32(freeSpace))  // 48: free-space offset
        header.u32(CRC32.checksum(Array(sink.bytes[512..<freeSpace])))  // 52: records CRC32
        header.zeros(120 - header.count)
        header.u32(0)  // 120: flags
        header.u32(0)  // 124: header CRC32, below
        header.zeros(512 - header.count)
        for (slot, offset) in template.definitionOffsets.prefix(32).enumerated() {
            header.set32(384 + slot * 4, UInt32(offset))  // 384: template pointers
        }
        let crc = CRC32.checksum(Array(header.bytes[0..<120] + header.bytes[128..<512]))
        header.set32(124, crc)
        var bytes = header.bytes + sink.bytes[512...]
        bytes.append(contentsOf: repeatElement(0, count: 65536 - bytes.count))
        return bytes
    }
}
