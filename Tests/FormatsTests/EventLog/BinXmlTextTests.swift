import Testing

@testable import Formats

/// Names and strings read straight from UTF-16LE bytes mean what decoding them as text would.
@Suite struct BinXmlTextTests {
    static func utf16(_ text: String) -> [UInt8] {
        text.utf16.flatMap { [UInt8(truncatingIfNeeded: $0), UInt8(truncatingIfNeeded: $0 >> 8)] }
    }

    static func name(_ text: String) -> BinXmlName {
        utf16(text).withUnsafeBytes { BinXmlName(utf16: $0) }
    }

    @Test("every name the reader looks for is known by its bytes")
    func knownNames() {
        let expected: [(String, BinXmlName)] = [
            ("Event", .event), ("System", .system), ("Provider", .provider), ("EventID", .eventID),
            ("Level", .level), ("TimeCreated", .timeCreated), ("EventRecordID", .eventRecordID),
            ("Channel", .channel), ("Computer", .computer), ("EventData", .eventData), ("UserData", .userData),
            ("ProcessingErrorData", .processingErrorData), ("Data", .data), ("Binary", .binary),
            ("Name", .nameAttribute), ("EventSourceName", .eventSourceName), ("Qualifiers", .qualifiers),
            ("SystemTime", .systemTime),
        ]
        for (text, name) in expected { #expect(Self.name(text) == name, "\(text)") }
    }

    @Test("a namespace declaration is one whatever its prefix; near misses and other names are other")
    func otherNames() {
        #expect(Self.name("xmlns") == .xmlns)
        #expect(Self.name("xmlns:auto-ns3") == .xmlns)
        for text in ["", "event", "Events", "Even", "Dat", "EventI", "Ｅvent", "xmln", "Task", "データ"] {
            #expect(Self.name(text) == .other, "\(text)")
        }
    }

    @Test("a string of ASCII units is the string the general decoder gives, NULs and all")
    func asciiStrings() throws {
        for text in ["", "System", "WKS-WIN764BITB.shieldbase.local", "a\u{0}b", "\u{7F}~ !"] {
            let bytes = Self.utf16(text)
            let decoded = try bytes.withUnsafeBytes { try $0.utf16String(0, units: bytes.count / 2) }
            #expect(decoded == text)
        }
    }

    @Test("a string with any unit past ASCII, or a lone surrogate, is decoded as UTF-16")
    func otherStrings() throws {
        for text in ["サーバー", "café", "x\u{80}", "ok 😀"] {
            let bytes = Self.utf16(text)
            let decoded = try bytes.withUnsafeBytes { try $0.utf16String(0, units: bytes.count / 2) }
            #expect(decoded == text)
        }
        // A high unit in the second byte only: not ASCII.
        let lone: [UInt8] = [0x41, 0x00, 0x00, 0xD8, 0x42, 0x00]
        let decoded = try lone.withUnsafeBytes { try $0.utf16String(0, units: 3) }
        #expect(decoded == "A\u{FFFD}B")
    }

    @Test("a limit cuts an ASCII string at that many units")
    func limit() throws {
        let bytes = Self.utf16("ServerProtect")
        let decoded = try bytes.withUnsafeBytes { try $0.utf16String(0, units: 13, limit: 6) }
        #expect(decoded == "Server")
    }
}
