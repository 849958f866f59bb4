import Formats
import Testing

/// Capture formats named from their first bytes ([PCAP], [PCAPNG], netmon.c, the ETL heuristic).
@Suite struct CaptureSignatureTests {
    @Test(
        "pcap magics, pcapng section header, Network Monitor",
        arguments: [
            ([0xD4, 0xC3, 0xB2, 0xA1], CaptureSignature.pcap), ([0xA1, 0xB2, 0xC3, 0xD4], .pcap),
            ([0x4D, 0x3C, 0xB2, 0xA1], .pcap), ([0xA1, 0xB2, 0x3C, 0x4D], .pcap),
            ([0x0A, 0x0D, 0x0D, 0x0A, 28, 0, 0, 0, 0x4D, 0x3C, 0x2B, 0x1A], .pcapng),
            ([0x0A, 0x0D, 0x0D, 0x0A, 0, 0, 0, 28, 0x1A, 0x2B, 0x3C, 0x4D], .pcapng),
            (Array("RTSS".utf8) + [0, 1], .networkMonitor), (Array("GMBU".utf8) + [0, 2], .networkMonitor),
        ] as [([UInt8], CaptureSignature)])
    func known(head: [UInt8], expected: CaptureSignature) {
        #expect(CaptureSignature.identify(head) == expected)
    }

    @Test("a section header with a wrong byte-order magic and plain text are not captures")
    func unknown() {
        #expect(CaptureSignature.identify([0x0A, 0x0D, 0x0D, 0x0A, 28, 0, 0, 0, 1, 2, 3, 4]) == nil)
        #expect(CaptureSignature.identify(Array("Received: from".utf8)) == nil)
    }

    @Test("a WMI buffer header followed by a system trace header looks like ETL")
    func eventTrace() {
        var head = [UInt8](repeating: 0, count: 0x100)
        head.replaceSubrange(0..<4, with: [0x00, 0x00, 0x01, 0x00])  // buffer size 65536
        head.replaceSubrange(48..<52, with: [0x00, 0x02, 0x00, 0x00])  // payload end 512
        head[0x4A] = 2
        #expect(CaptureSignature.identify(head) == .etl)
        head[0x4A] = 9
        #expect(CaptureSignature.identify(head) == nil)
        let pktmon: [UInt8] = [
            0xD9, 0x80, 0x4F, 0x4D, 0xBD, 0xC8, 0x73, 0x4D, 0xBB, 0x5B, 0x19, 0xC9, 0x04, 0x02, 0xC5, 0xAC,
        ]
        head.replaceSubrange(0xA0..<0xB0, with: pktmon)
        #expect(head.withUnsafeBytes { CaptureSignature.containsPacketProvider($0) })
    }
}
