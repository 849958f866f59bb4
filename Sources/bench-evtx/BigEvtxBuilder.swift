import Formats
import Foundation

/// Builds a large evtx by repeating the valid chunks of a real one, renumbering record ids so
/// that every record is distinct, and restamping chunk and header checksums.
enum BigEvtxBuilder {
    static func build(from source: String, to target: String, megabytes: Int) throws -> (bytes: Int, chunks: Int) {
        let data = try [UInt8](Data(contentsOf: URL(fileURLWithPath: source)))
        var chunks: [[UInt8]] = []
        var offset = 4096
        while offset + 65536 <= data.count {
            let chunk = Array(data[offset..<(offset + 65536)])
            if chunk.starts(with: Array("ElfChnk\0".utf8)) { chunks.append(chunk) }
            offset += 65536
        }
        guard !chunks.isEmpty else { throw CocoaError(.fileReadCorruptFile) }
        let count = min(65535, max(1, megabytes * 16))
        FileManager.default.createFile(atPath: target, contents: nil)
        guard let out = FileHandle(forWritingAtPath: target) else { throw CocoaError(.fileWriteUnknown) }
        defer { try? out.close() }
        var header = Array(data[0..<4096])
        var nextID: UInt64 = 1
        try out.write(contentsOf: header)  // rewritten at the end
        for index in 0..<count {
            var chunk = chunks[index % chunks.count]
            let firstID = nextID
            let end = Int(read32(chunk, 48))
            var pos = 512
            while pos + 24 <= end, read32(chunk, pos) == 0x2A2A {
                let size = Int(read32(chunk, pos + 4))
                guard size >= 28, pos + size <= end else { break }
                write64(&chunk, pos + 8, nextID)
                nextID += 1
                pos += size
            }
            write64(&chunk, 8, firstID); write64(&chunk, 16, nextID - 1)
            write64(&chunk, 24, firstID); write64(&chunk, 32, nextID - 1)
            write32(&chunk, 52, CRC32.checksum(Array(chunk[512..<end])))
            write32(&chunk, 124, CRC32.checksum(Array(chunk[0..<120] + chunk[128..<512])))
            try out.write(contentsOf: chunk)
        }
        write64(&header, 8, 0)
        write64(&header, 16, UInt64(count - 1))
        write64(&header, 24, nextID)
        header[42] = UInt8(count & 0xFF); header[43] = UInt8(count >> 8)
        write32(&header, 120, 0)
        write32(&header, 124, CRC32.checksum(Array(header[0..<120])))
        try out.seek(toOffset: 0)
        try out.write(contentsOf: header)
        return (4096 + count * 65536, count)
    }

    private static func read32(_ bytes: [UInt8], _ at: Int) -> UInt32 {
        (0..<4).reduce(0) { $0 | UInt32(bytes[at + $1]) << (8 * $1) }
    }

    private static func write32(_ bytes: inout [UInt8], _ at: Int, _ value: UInt32) {
        for index in 0..<4 { bytes[at + index] = UInt8(truncatingIfNeeded: value >> (8 * index)) }
    }

    private static func write64(_ bytes: inout [UInt8], _ at: Int, _ value: UInt64) {
        for index in 0..<8 { bytes[at + index] = UInt8(truncatingIfNeeded: value >> (8 * index)) }
    }
}
