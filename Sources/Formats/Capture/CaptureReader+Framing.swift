import Foundation

/// An interface of a pcapng section: its link type and how its timestamps count.
struct CaptureInterface {
    var linkType: Int
    var snapLength: Int
    /// `if_tsresol` [PCAPNG]: MSB 0 → 10^-n, MSB 1 → 2^-n; default 10^-6.
    var resolution: UInt8 = 6
    /// `if_tsoffset` [PCAPNG]: seconds to add.
    var offsetSeconds: Int64 = 0

    func nanoseconds(_ units: UInt64) -> Int64 {
        let exponent = Int(resolution & 0x7F)
        var value: Int64
        if resolution & 0x80 == 0 {
            if exponent <= 9 {
                let (product, overflow) = units.multipliedReportingOverflow(by: Self.powerOfTen(9 - exponent))
                value = overflow ? .max : Int64(clamping: product)
            } else {
                value = exponent - 9 <= 19 ? Int64(clamping: units / Self.powerOfTen(exponent - 9)) : 0
            }
        } else if exponent < 64 {
            // 2^-n units: whole seconds by shifting, the fraction in integers (truncated to the ns).
            let whole = units >> UInt64(exponent)
            let fraction = units & ((1 << UInt64(exponent)) - 1)
            let product = fraction.multipliedFullWidth(by: 1_000_000_000)
            let nanoseconds = exponent == 0 ? 0 : (product.high << (64 - exponent)) | (product.low >> exponent)
            let (scaled, overflow) = whole.multipliedReportingOverflow(by: 1_000_000_000)
            value = overflow ? .max : Int64(clamping: scaled).addingReportingOverflow(Int64(nanoseconds)).partialValue
        } else {
            value = 0
        }
        return value &+ offsetSeconds &* 1_000_000_000
    }

    static func powerOfTen(_ exponent: Int) -> UInt64 {
        var result: UInt64 = 1
        for _ in 0..<exponent { result &*= 10 }
        return result
    }
}

extension UnsafeRawBufferPointer {
    @inline(__always) func u32(_ offset: Int, bigEndian: Bool) -> UInt32 {
        bigEndian ? u32be(offset) : u32le(offset)
    }
    @inline(__always) func u16(_ offset: Int, bigEndian: Bool) -> UInt16 {
        bigEndian ? u16be(offset) : u16le(offset)
    }
}

extension CaptureReader {
    /// Reads the unit at the start of `bytes` (file header, record or block).
    mutating func step(_ bytes: UnsafeRawBufferPointer) -> Step {
        switch container {
        case .detecting: return detect(bytes)
        case .pcap: return pcapHeaderRead ? pcapRecord(bytes) : pcapHeader(bytes)
        case .pcapng: return pcapngBlock(bytes)
        case .unknown, .stopped: return .stop
        }
    }

    private mutating func detect(_ bytes: UnsafeRawBufferPointer) -> Step {
        guard bytes.count >= 4 else { return .need(4) }
        switch CaptureSignature.identify(UnsafeRawBufferPointer(rebasing: bytes[0..<4])) {
        case .pcap:
            container = .pcap
            summary.format = "pcap"
        case .pcapng:
            container = .pcapng
            summary.format = "pcapng"
        default:
            container = .unknown
            decoder.damage.note("not-a-capture", "the file starts with neither a pcap nor a pcapng magic number")
            return .stop
        }
        return .advance(0)
    }

    /// [PCAP] magic, version, reserved, snaplen at 16, link type at 20 (low 16 bits).
    private mutating func pcapHeader(_ bytes: UnsafeRawBufferPointer) -> Step {
        guard bytes.count >= 24 else { return .need(24) }
        let magic = bytes.u32be(0)
        bigEndian = magic == 0xA1B2_C3D4 || magic == 0xA1B2_3C4D
        pcapNanoseconds = magic == 0x4D3C_B2A1 || magic == 0xA1B2_3C4D
        pcapLinkType = Int(bytes.u32(20, bigEndian: bigEndian) & 0xFFFF)
        noteLinkType(pcapLinkType)
        pcapHeaderRead = true
        return .advance(24)
    }

    /// [PCAP] record: ts_sec, ts_frac, caplen, origlen, then caplen bytes.
    private mutating func pcapRecord(_ bytes: UnsafeRawBufferPointer) -> Step {
        guard bytes.count >= 16 else { return .need(16) }
        let captured = Int(bytes.u32(8, bigEndian: bigEndian))
        guard captured <= Self.maxUnit else {
            decoder.damage.note(
                "giant-record", "record \(summary.packets + 1) at offset \(fileOffset) claims \(captured) bytes")
            return .stop
        }
        guard bytes.count >= 16 + captured else { return .need(16 + captured) }
        let seconds = Int64(bytes.u32(0, bigEndian: bigEndian))
        let fraction = Int64(bytes.u32(4, bigEndian: bigEndian))
        var time: Int64? = seconds &* 1_000_000_000 &+ (pcapNanoseconds ? fraction : fraction &* 1000)
        // A sub-second field of a whole second or more is no time at all: carrying it into the
        // seconds would move the packet by minutes, so it stays out of the capture's span.
        if fraction >= (pcapNanoseconds ? 1_000_000_000 : 1_000_000) {
            time = nil
            decoder.damage.note(
                "impossible-fraction",
                "record \(summary.packets + 1) at offset \(fileOffset) has \(fraction) "
                    + (pcapNanoseconds ? "nanoseconds" : "microseconds") + " in its sub-second field")
        }
        packet(UnsafeRawBufferPointer(rebasing: bytes[16..<(16 + captured)]), linkType: pcapLinkType, time: time)
        return .advance(16 + captured)
    }
}
