import CaseFixtures
import Foundation
import Testing

@testable import Formats

/// Attachments of damaged or hostile containers: never more bytes than the file holds, and the
/// same names whatever the blocks.
@Suite struct HostileAttachmentTests {
    /// The offsets of the directory entries named `name` (UTF-16LE, each entry 128-byte aligned).
    private static func directoryEntries(named name: String, in file: [UInt8]) -> [Int] {
        let pattern = name.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        return stride(from: 512, to: file.count - 128, by: 128).filter {
            Array(file[$0..<($0 + pattern.count)]) == pattern
        }
    }

    private static func le32(_ file: [UInt8], _ offset: Int) -> UInt32 {
        file[offset..<offset + 4].reversed().reduce(0) { $0 << 8 | UInt32($1) }
    }

    private static func setLE32(_ value: UInt32, at offset: Int, in file: inout [UInt8]) {
        withUnsafeBytes(of: value.littleEndian) { file.replaceSubrange(offset..<offset + 4, with: $0) }
    }

    @Test(".msg attachments pointing at one another's sectors are read up to the file's size, not once each")
    func sharedSectors() {
        let big = (0..<20_000).map { UInt8(truncatingIfNeeded: $0 &* 31) }
        let small = (1...30).map { index in ("note-\(index).txt", Array("note \(index)\r\n".utf8)) }
        var msg = OutlookMessageWriter.message(subject: "s", body: "b", attachments: [("big.bin", big)] + small)
        let data = Self.directoryEntries(named: "__substg1.0_37010102", in: msg)
        #expect(data.count == 31)
        // Every small attachment now claims the big one's sectors and size.
        let (start, size) = (Self.le32(msg, data[0] + 0x74), Self.le32(msg, data[0] + 0x78))
        for entry in data.dropFirst() {
            Self.setLE32(start, at: entry + 0x74, in: &msg)
            Self.setLE32(size, at: entry + 0x78, in: &msg)
        }
        let (attachments, problems) = OutlookAttachments.read(msg)
        #expect(attachments.first?.bytes == big)
        #expect(attachments.map(\.bytes.count).reduce(0, +) <= msg.count)
        #expect(problems.contains { $0.contains("exceed the file's size") })
    }

    @Test(".msg: a sector chain that loops on itself ends at the first repeat")
    func loopingChain() {
        let big = (0..<20_000).map { UInt8(truncatingIfNeeded: $0 &* 31) }
        var msg = OutlookMessageWriter.message(subject: "s", body: "b", attachments: [("big.bin", big)])
        let entry = Self.directoryEntries(named: "__substg1.0_37010102", in: msg)[0]
        let start = Int(Self.le32(msg, entry + 0x74))
        // The first FAT sector follows the 512-byte header; entry `start` of it now points at itself.
        let fatSector = Int(Self.le32(msg, 0x4C))
        Self.setLE32(UInt32(start), at: 512 + fatSector * 512 + start * 4, in: &msg)
        let (attachments, problems) = OutlookAttachments.read(msg)
        #expect(attachments.first?.bytes == Array(big.prefix(512)))
        #expect(problems.contains { $0.contains("cut short: 512 of 20000 bytes") })
    }

    @Test("a winmail.dat title longer than the name limit gives the same fallback name in any blocks")
    func longTnefTitle() {
        let long = String(repeating: "長い名前", count: 600) + ".txt"  // 4,804 bytes in CP932, over 4 KiB
        let dat = TnefWriter.winmail([(long, Array("x".utf8))])
        let names = [1, 100, 4000, 4096, 1 << 20].map { blockSize in
            AttachmentSplitterTests.split(TnefAttachmentReader(), dat, blockSize: blockSize).found.map(\.name)
        }
        #expect(names.allSatisfy { $0 == ["attachment-1.bin"] })
    }
}
