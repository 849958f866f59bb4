/// Every finding code the checks and inspections emit, named by the entry of
/// `Templates/phrases/findings.yaml` that words it. Checks name a code and the values of its
/// `{placeholders}`, never a sentence; being an enum, the list is complete by construction, so a
/// test holds the phrasebook to it rather than to a grep of the sources. Intake problems and mail
/// hints are words for their own codes (`FindingEntry.intake`, `FindingEntry.mail`).
public enum FindingCode: String, CaseIterable, Sendable {
    // Item 1, the hearing sheet.
    case hearingMissing = "hearing.missing"
    case hearingSymptomUnknown = "hearing.symptom-unknown"
    case hearingUnanswered = "hearing.unanswered"
    case hearingIncidentTimeUnreadable = "hearing.incident-time-unreadable"
    // Item 2, the versions.
    case productVersionMissing = "product-version.missing"
    case productVersionMalformed = "product-version.malformed"
    case versionsScreenshot = "versions.screenshot"
    // Item 3, msinfo32.
    case msinfoMissing = "msinfo.missing"
    case msinfoScreenshot = "msinfo.screenshot"
    case msinfoFragment = "msinfo.fragment"
    // Item 4, the settings dialog.
    case screenshotMissing = "screenshot.missing"
    case screenshotReview = "screenshot.review"
    // Item 5, the mail item.
    case mailItemMissing = "mail-item.missing"
    case mailItemEmpty = "mail-item.empty"
    case mailItemUnreadable = "mail-item.unreadable"
    // Item 6, the mail server and its log.
    case mailServerMissing = "mail-server.missing"
    case mailServerLogMissing = "mail-server.log-missing"
    case mailServerIncomplete = "mail-server.incomplete"
    case mailServerLogSummary = "mail-server-log.summary"
    case mailServerLogNoClientLines = "mail-server-log.no-client-lines"
    case mailServerLogClientLines = "mail-server-log.client-lines"
    // Item 7, telnet.
    case connectivityMissing = "connectivity.missing"
    case connectivityPortNot25 = "connectivity.port-not-25"
    case connectivityFailed = "connectivity.failed"
    case connectivityConnected = "connectivity.connected"
    case connectivityNoResult = "connectivity.no-result"
    case connectivityOtherHost = "connectivity.other-host"
    // Item 8, the event logs.
    case evtxApplicationMissing = "evtx.application-missing"
    case evtxSystemMissing = "evtx.system-missing"
    case evtxEmpty = "evtx.empty"
    /// An event log without records: the code `evtx.empty`, in its own words.
    case evtxNoRecords = "evtx.empty.no-records"
    case evtxUnreadable = "evtx.unreadable"
    case evtxOtherChannel = "evtx.other-channel"
    case evtxLegacyEvt = "evtx.legacy-evt"
    case evtxTextExport = "evtx.text-export"
    case evtxDamaged = "evtx.damaged"
    // Item 9, SPNT.log.
    case spntLogMissing = "spnt-log.missing"
    case spntLogEmpty = "spnt-log.empty"
    case spntLogUnreadable = "spnt-log.unreadable"
    // Item 10, the capture.
    case captureMissing = "capture.missing"
    case captureNoSmtp = "capture.no-smtp"
    case captureSmtpOnly = "capture.smtp-only"
    case captureNeedsConversion = "capture.needs-conversion"
    case captureDamaged = "capture.damaged"
    // Item 11, the mail server's address.
    case mailServerAddressMissing = "mail-server-address.missing"
    case mailServerAddressMalformed = "mail-server-address.malformed"
    // Item 12, the timeline.
    case timelineMissing = "timeline.missing"
    case timelineNoTimes = "timeline.no-times"
    // Across files and items.
    case caseCaptureOtherMailServer = "case.capture-other-mail-server"
    case caseMailServerApplicationDiffers = "case.mail-server-application-differs"
    /// A file whose name promises another kind than its content.
    case recognitionNote = "recognition.note"
    /// An item not judged because entries that may hold it could not be read.
    case inputUnreadable = "input.unreadable"

    /// The code in `summary.json` `items[].findings[].code`: a contract, stable.
    public var code: String { self == .evtxNoRecords ? FindingCode.evtxEmpty.rawValue : rawValue }

    /// The phrasebook entry, with the values the emitting code supplies.
    var entry: FindingEntry {
        FindingEntry(code: code, key: rawValue, values: values, severityByCode: severityByCode)
    }

    /// The `{placeholders}` the emitting code fills.
    var values: Set<String> {
        switch self {
        case .productVersionMissing, .msinfoMissing, .screenshotMissing, .mailItemMissing, .mailServerMissing,
            .connectivityMissing, .spntLogMissing, .captureMissing, .mailServerAddressMissing, .timelineMissing:
            return ["title"]
        case .mailItemEmpty, .mailItemUnreadable, .evtxEmpty, .evtxUnreadable, .spntLogEmpty, .spntLogUnreadable:
            return ["files"]
        case .productVersionMalformed, .mailServerAddressMalformed: return ["field", "answer", "example"]
        case .hearingUnanswered, .screenshotReview: return ["count"]
        case .mailServerLogSummary: return ["application", "lines", "sent", "deferred", "bounced", "rejected"]
        case .mailServerLogNoClientLines: return ["client"]
        case .mailServerLogClientLines: return ["client", "count", "statuses"]
        case .connectivityPortNot25: return ["port"]
        case .connectivityFailed: return ["reason"]
        case .connectivityConnected: return ["banner"]
        case .connectivityOtherHost: return ["host", "named"]
        case .evtxOtherChannel: return ["file", "channel"]
        case .evtxDamaged: return ["kinds", "count", "records"]
        case .captureNoSmtp, .captureSmtpOnly: return ["file"]
        case .captureDamaged: return ["kinds", "count"]
        case .caseCaptureOtherMailServer: return ["servers", "address"]
        case .caseMailServerApplicationDiffers: return ["seen", "answered"]
        case .recognitionNote: return ["named", "actual"]
        case .inputUnreadable: return ["files", "more"]
        case .hearingMissing, .hearingSymptomUnknown, .hearingIncidentTimeUnreadable, .versionsScreenshot,
            .msinfoScreenshot, .msinfoFragment, .mailServerLogMissing, .mailServerIncomplete, .connectivityNoResult,
            .evtxApplicationMissing, .evtxSystemMissing, .evtxNoRecords, .evtxLegacyEvt, .evtxTextExport,
            .captureNeedsConversion, .timelineNoTimes:
            return []
        }
    }

    /// The severity depends on the case (the check chooses it); else the phrasebook's entry holds it.
    var severityByCode: Bool { self == .evtxLegacyEvt || self == .evtxTextExport }
}
