import Foundation

/// Tells capture formats apart from the first bytes of a file.
public enum CaptureSignature: String, Sendable, Codable {
    /// libpcap format, any of the four magic numbers [PCAP].
    case pcap
    /// pcapng: a Section Header Block with a valid byte-order magic [PCAPNG].
    case pcapng
    /// Microsoft Network Monitor 1.x/2.x `.cap` (`RTSS`/`GMBU`, wireshark `wiretap/netmon.c`).
    case networkMonitor = "netmon-cap"
    /// A Windows event trace (`netsh trace`, `pktmon`): no magic, recognised by its buffer header.
    case etl

    /// Packet-capture provider GUIDs as stored on disk: NDIS-PacketCapture, PktMon.
    static let packetProviders: [[UInt8]] = [
        [0x6E, 0x00, 0xD6, 0x2E, 0x29, 0x47, 0x09, 0x46, 0xB4, 0x23, 0x3E, 0xE7, 0xBC, 0xD6, 0x78, 0xEF],
        [0xD9, 0x80, 0x4F, 0x4D, 0xBD, 0xC8, 0x73, 0x4D, 0xBB, 0x5B, 0x19, 0xC9, 0x04, 0x02, 0xC5, 0xAC],
    ]

    /// The format of a file from its head (up to 64 KiB is enough); nil when none matches.
    public static func identify(_ head: UnsafeRawBufferPointer) -> CaptureSignature? {
        guard head.count >= 4 else { return nil }
        switch head.u32be(0) {
        case 0xD4C3_B2A1, 0xA1B2_C3D4, 0x4D3C_B2A1, 0xA1B2_3C4D: return .pcap  // [PCAP]
        case 0x5254_5353, 0x474D_4255: return .networkMonitor  // "RTSS", "GMBU"
        case 0x0A0D_0D0A:
            if head.count < 12 { return .pcapng }
            let order = head.u32be(8)
            return order == 0x4D3C_2B1A || order == 0x1A2B_3C4D ? .pcapng : nil
        default:
            return looksLikeEventTrace(head) ? .etl : nil
        }
    }

    /// Convenience for byte arrays.
    public static func identify(_ head: [UInt8]) -> CaptureSignature? {
        head.withUnsafeBytes { identify($0) }
    }

    /// Whether the head holds one of the packet-capture provider GUIDs (an ETL of network traffic).
    public static func containsPacketProvider(_ head: UnsafeRawBufferPointer) -> Bool {
        guard head.count >= 16 else { return false }
        for guid in packetProviders {
            for start in 0...(head.count - 16) where head[start] == guid[0] {
                var matches = true
                for index in 1..<16 where head[start + index] != guid[index] {
                    matches = false
                    break
                }
                if matches { return true }
            }
        }
        return false
    }

    /// FORMATS.md heuristic: a 72-byte WMI_BUFFER_HEADER (u32 buffer size at 0, u32 payload
    /// end at 48), then a system trace header at 0x48 with type byte at 0x4A in 1…4 and
    /// hook id 0 at 0x4E (RavuAlHemio/etl2pcapng `contrib/EtlStructs.h`).
    static func looksLikeEventTrace(_ head: UnsafeRawBufferPointer) -> Bool {
        guard head.count >= 0x50 else { return false }
        let bufferSize = Int(head.u32le(0))
        let payloadEnd = Int(head.u32le(48))
        guard bufferSize >= 0x50, bufferSize <= 16 << 20, bufferSize % 8 == 0 else { return false }
        guard payloadEnd >= 0x48, payloadEnd <= bufferSize else { return false }
        guard (1...4).contains(head[0x4A]), head.u16le(0x4E) == 0 else { return false }
        return true
    }
}
