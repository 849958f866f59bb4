import Foundation
import Testing

@testable import Assessment
@testable import Intake

/// Content before name: a name chooses only among the kinds the content allows.
@Suite struct NameHintRecognitionTests {
    static func recognize(_ name: String, _ text: String) -> Recognition {
        let bytes = Array(text.utf8)
        return bytes.withUnsafeBytes { head in
            EvidenceRecognizer.recognize(path: CasePath(input: "case.zip").entry(name), head: head)
        }
    }

    static let pythonScript = """
        #!/usr/bin/env python3
        # Writes a capture of a telnet session whose suboption is never closed.
        import struct
        from scapy.all import Ether, IP, TCP, wrpcapng

        telnet = bytes([0xFF, 0xFA, 0x18, 0x01])
        packets = [Ether() / IP(dst="192.0.2.1") / TCP(dport=23) / telnet]
        wrpcapng("telnet-unclosed-suboption.pcapng", packets)
        """

    @Test(
        "program source is text whatever its name suggests",
        arguments: [
            "telnet-unclosed-suboption.pcapng.py", "SPNT-debug.log", "msinfo32-export.txt", "maillog-parser.txt",
        ])
    func programIsText(name: String) {
        let recognition = Self.recognize(name, Self.pythonScript)
        #expect(recognition.kind == .text)
        #expect(recognition.basis == .content)
    }

    @Test("a script without a #! line is still program source")
    func scriptWithoutShebang() {
        let body = Self.pythonScript.split(separator: "\n").dropFirst().joined(separator: "\n")
        #expect(Self.recognize("telnet-unclosed-suboption.pcapng.py", body).kind == .text)
    }

    @Test(
        "a name still chooses where the content allows it",
        arguments: [
            ("telnet結果.txt", "C:\\>telnet mail.example.co.jp 25\n(the window closed)\n", EvidenceKind.telnetTranscript),
            ("telnet.txt", "接続中: mail.example.co.jp...\n接続できませんでした。\n", .telnetTranscript),
            ("SPNT.log", "2026/11/20 10:05:30 something happened\nmore text\nno time\nnone\n", .spntLog),
        ])
    func allowedByContent(name: String, text: String, kind: EvidenceKind) {
        #expect(Self.recognize(name, text).kind == kind)
    }

    @Test("a note named like a transcript but holding no telnet command, reply or failure is text")
    func noteNamedTelnet() {
        #expect(Self.recognize("telnet-memo.txt", "We will try the connection test next week.\n").kind == .text)
    }
}
