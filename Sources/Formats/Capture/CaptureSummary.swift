import Foundation

/// What a packet capture holds, as far as a mail-delivery case needs it: its span, its hosts,
/// how much of it is SMTP, and every SMTP session reassembled from TCP.
public struct CaptureSummary: Sendable, Codable, Equatable {
    /// `pcap` or `pcapng`; `unknown` when the first bytes are neither.
    public var format: String = "unknown"
    /// Link-layer header types seen (pcap header or pcapng interfaces), in order of first sight.
    public var linkTypes: [Int] = []
    /// Packet records read (pcap records; pcapng EPB, SPB and obsolete PB).
    public var packets: Int = 0
    /// Earliest packet time, nil when the capture holds no packet with a timestamp.
    public var firstPacket: Date?
    /// Latest packet time.
    public var lastPacket: Date?
    /// Distinct IP addresses with their packet counts (bounded; see `hostsOmitted`).
    public var hosts: [HostCount] = []
    /// Packet sightings of addresses beyond the bound (1024 addresses), not listed in `hosts`.
    public var hostsOmitted: Int = 0
    /// TCP packets to or from port 25.
    public var tcpPort25Packets: Int = 0
    /// TCP packets to or from the submission ports 587 and 465.
    public var tcpSubmissionPackets: Int = 0
    /// Everything else (other TCP, UDP, ARP, non-IP): when zero, the capture was filtered to SMTP.
    public var otherPackets: Int = 0
    /// SMTP sessions (TCP connections to port 25, 587 or 465), ordered by start (bounded).
    public var smtpSessions: [SmtpSession] = []
    /// Sessions seen beyond the bound, counted in `outcomeCounts` but not listed.
    public var smtpSessionsOmitted: Int = 0
    /// Number of sessions per outcome, over all sessions including omitted ones.
    public var outcomeCounts: [String: Int] = [:]
    /// What was wrong with the file: truncated records, bad block lengths, unknown link types…
    public var damage: [CaptureDamage] = []

    /// An empty summary, filled in by `CaptureReader`.
    public init() {}
}

/// One IP address and the number of packets it sent or received.
public struct HostCount: Sendable, Codable, Equatable {
    /// The address in its usual text form (dotted IPv4, RFC 5952 IPv6).
    public var address: String
    /// Packets with this address as source or destination.
    public var packets: Int

    /// Creates a host entry.
    public init(address: String, packets: Int) {
        self.address = address
        self.packets = packets
    }
}
