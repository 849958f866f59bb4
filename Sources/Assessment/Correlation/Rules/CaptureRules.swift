import Formats
import Foundation

/// Was the capture taken where the notification leaves? `capture.loopback-only` (only
/// 127.0.0.0/8 or ::1 traffic, or the loopback interface) and `capture.normal-server-absent`
/// (the Normal Server's address is known and in no packet).
enum CaptureRules {
    /// Link types of loopback interfaces: NULL (BSD loopback, Npcap's loopback adapter) and LOOP.
    static let loopbackLinkTypes: Set<Int> = [0, 108]

    static func observe(_ evidence: CorrelationEvidence) -> [Observation] {
        var observations: [Observation] = []
        for file in evidence.files where file.isReadable {
            guard let summary = file.facts.capture, summary.packets > 0 else { continue }
            let addresses = summary.hosts.map(\.address)
            let loopbackHosts = !addresses.isEmpty && addresses.allSatisfy(HostName.isLoopback)
            let loopbackLink =
                !summary.linkTypes.isEmpty && summary.linkTypes.allSatisfy(loopbackLinkTypes.contains)
                && addresses.allSatisfy(HostName.isLoopback)
            if loopbackHosts || loopbackLink {
                observations.append(
                    evidence.observe(
                        "capture.loopback-only", .problem, at: summary.firstPacket, evidence: [file.path],
                        ["file": file.path.fileName, "server": serverText(evidence.normalServer)]))
                continue
            }
            let known = evidence.normalServer.addresses
            guard !known.isEmpty, !addresses.isEmpty, !addresses.contains(where: known.contains) else { continue }
            let seen = summary.hosts.sorted { $0.packets > $1.packets }.prefix(3).map(\.address)
            observations.append(
                evidence.observe(
                    "capture.normal-server-absent", .problem, at: summary.firstPacket, evidence: [file.path],
                    [
                        "file": file.path.fileName, "server": serverText(evidence.normalServer),
                        "addresses": known.joined(separator: ", "), "seen": seen.joined(separator: ", "),
                    ]))
        }
        return observations
    }

    /// `SPNT-SV01 (192.0.2.10)`, or `—` when nothing names it: IPv4 addresses first, at most two
    /// (an adapter lists many IPv6 addresses a sentence does not need).
    static func serverText(_ identity: ServerIdentity) -> String {
        let name = identity.names.first
        let ordered = identity.addresses.filter { !$0.contains(":") } + identity.addresses.filter { $0.contains(":") }
        let addresses = ordered.prefix(2).joined(separator: ", ") + (ordered.count > 2 ? ", …" : "")
        switch (name, addresses.isEmpty) {
        case (let name?, false): return "\(name) (\(addresses))"
        case (let name?, true): return name
        case (nil, false): return addresses
        default: return "—"
        }
    }
}
