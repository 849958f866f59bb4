import Formats
import Foundation

extension ItemChecks {
    /// Item 7: a transcript of `telnet <server> 25`, as a file or pasted into the hearing sheet.
    static func connectivity(_ item: ChecklistItem, _ context: CheckContext) -> ItemVerdict {
        let files = context.files(.telnetTranscript).filter(\.isReadable)
        var transcripts = files.compactMap { $0.facts.telnet }
        if let pasted = context.field("telnet-result") {
            transcripts.append(TelnetTranscriptReader.parse(text: pasted))
        }
        guard !transcripts.isEmpty else {
            return ItemVerdict(item: item, status: .missing, findings: [missing(item, .connectivityMissing, context)])
        }
        var findings: [Finding] = []
        var hasResult = false  // a connection on port 25 that succeeded or failed
        var connected = false
        for transcript in transcripts {
            if transcript.portNot25 {
                let port = transcript.port.map(String.init) ?? "23"
                findings.append(context.finding(.connectivityPortNot25, ["port": port]))
                continue
            }
            switch transcript.outcome {
            case .failed:
                findings.append(context.finding(.connectivityFailed, ["reason": transcript.failureText ?? ""]))
            case .connected:
                let banner = transcript.banner.map { $0.hasPrefix("220") ? $0 : "220 " + $0 } ?? ""
                findings.append(context.finding(.connectivityConnected, ["banner": banner]))
            case .unknown:
                findings.append(context.finding(.connectivityNoResult))
            }
            if transcript.outcome != .unknown { hasResult = true }
            if transcript.outcome == .connected { connected = true }
            if let host = transcript.host,
                let named = context.stated("mail-server-fqdn") ?? context.stated("mail-server-ip"),
                host.caseInsensitiveCompare(named) != .orderedSame, host != context.stated("mail-server-ip")
            {
                findings.append(context.finding(.connectivityOtherHost, ["host": host, "named": named]))
            }
        }
        // The transcript file and the text pasted into the sheet often say the same thing once each.
        var seen = Set<LocalizedText>()
        findings = findings.filter { seen.insert($0.message).inserted }
        if hasResult { findings.removeAll { $0.code == FindingCode.connectivityNoResult.code } }
        // Beside a successful check, a failed one is history (the customer fixed the network).
        if connected {
            findings = findings.map { $0.code == FindingCode.connectivityFailed.code ? $0.with(severity: .info) : $0 }
        }
        let paths = files.map(\.path)
        findings += ["telnet.other-host-suspected", "setting.name-mismatch"].flatMap {
            context.correlation.observations($0, about: paths).map(\.finding)
        }
        return ItemVerdict(
            item: item, status: connected ? .ok : .insufficient, evidence: paths, findings: findings)
    }

    /// Item 10: a pcap or pcapng with SMTP traffic; an .etl or Network Monitor capture needs converting.
    static func packetCapture(_ item: ChecklistItem, _ context: CheckContext) -> ItemVerdict {
        let captures = context.files(.pcap, .pcapng).filter(\.isReadable)
        let convertible = context.files(.etl, .netmonCap)
        var findings: [Finding] = []
        var usable: [ReceivedFile] = []
        for capture in captures {
            guard let summary = capture.facts.capture else { continue }
            if summary.tcpPort25Packets == 0 {
                findings.append(context.finding(.captureNoSmtp, ["file": capture.path.fileName]))
                continue
            }
            if summary.otherPackets == 0 {
                findings.append(context.finding(.captureSmtpOnly, ["file": capture.path.fileName]))
            }
            usable.append(capture)
        }
        if !convertible.isEmpty {
            findings.append(context.finding(.captureNeedsConversion))
        }
        let evidence = (captures + convertible).map(\.path)
        if !usable.isEmpty {
            findings += evidenceProblems(
                of: [usable], in: context.correlation,
                codes: [
                    "coverage.misses-incident", "capture.loopback-only", "capture.normal-server-absent",
                    "contradiction.delivered-vs-failed",
                ])
            let unusable = findings.contains { $0.severity == .problem }
            return ItemVerdict(
                item: item, status: unusable ? .insufficient : .ok, evidence: evidence, findings: findings)
        }
        if evidence.isEmpty {
            return ItemVerdict(item: item, status: .missing, findings: [missing(item, .captureMissing, context)])
        }
        // Where the unusable captures were taken, so the request names the server to capture on.
        findings += ["capture.loopback-only", "capture.normal-server-absent"].flatMap {
            context.correlation.observations($0, about: captures.map(\.path)).map(\.finding)
        }
        return ItemVerdict(item: item, status: .insufficient, evidence: evidence, findings: findings)
    }
}
