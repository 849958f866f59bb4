/// What a received file is, in the words of DESIGN.md's `summary.json` contract.
public enum EvidenceKind: String, Sendable, Codable, CaseIterable {
    case hearingSheet = "hearing-sheet"
    case msinfoText = "msinfo-text"
    case msinfoNfo = "msinfo-nfo"
    case image
    case mailEml = "mail-eml"
    case mailMsg = "mail-msg"
    case mailServerLog = "mail-server-log"
    case telnetTranscript = "telnet-transcript"
    case evtx
    case evt
    case eventLogExport = "event-log-export"
    case spntLog = "spnt-log"
    case pcap
    case pcapng
    case etl
    case netmonCap = "netmon-cap"
    case archive
    case text
    case unknown
}
