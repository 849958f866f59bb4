import Assessment
import Foundation

/// Everything the report, the Markdown page and the follow-up mail show for one case in one
/// language. Built once from the assessment; the renderers only format it. Strings hold the
/// raw text (customer text included): each renderer escapes for its own format.
public struct ReportModel: Sendable {
    public var language: String
    /// The fixed words of the report (`labels.caseID` in templates).
    public var labels: [String: String]
    public var caseID: String
    public var checklistTitle: String
    public var product: String
    public var symptom: String
    public var symptomKnown: Bool
    public var timeZone: String
    public var incidentTimes: [String]
    public var hasIncidentTimes: Bool
    /// Where the incident time was read when 1-2 did not give it (the customer's line).
    public var incidentTimeNote: String?
    public var complete: Bool
    public var statusText: String
    public var inputs: [InputRow]
    /// The rounds of the case, newest first, and what a later round's mail says of the previous request.
    public var rounds: RoundRows
    /// Inputs whose entries could not be read, and why; the mail asks for a password or a new archive.
    public var unreadable: UnreadableRows
    public var caseFindings: [FindingRow]
    public var hasCaseFindings: Bool
    public var items: [ItemRow]
    /// The items the follow-up mail asks for, in checklist order.
    public var requestedItems: [ItemRow]
    public var hasRequests: Bool
    /// Some requested items apply only to some symptoms (the symptom is unknown).
    public var hasConditionalRequests: Bool
    /// Requested items that ask for answers, and those that ask for files.
    public var informationItems: [ItemRow]
    public var hasInformationRequests: Bool
    public var materialItems: [ItemRow]
    public var hasMaterialRequests: Bool
    /// Items received that a person confirms on our side (a screenshot), for a complete case's mail.
    public var reviewItems: [ItemRow]
    public var hasReviewItems: Bool
    /// No hearing sheet was found: the draft carries the blank sheet and the mail refers to it.
    public var attachesHearingSheet: Bool
    /// The engineer's name for the mail's opening, nil for none.
    public var engineer: String?
    /// The case id the engineer gave; nil when none was given (the subject then has no number).
    public var givenCaseID: String?
    public var events: [EventRow] {
        didSet { hasEvents = !events.isEmpty }
    }
    public var hasEvents: Bool
    public var smtpSessions: [SmtpSessionRow]
    public var hasSmtpSessions: Bool
    /// "2,016 other sessions from 14 clients", when the table does not list them all.
    public var smtpRest: String?
    /// What the evidence shows, problems first.
    public var observations: [ObservationRow]
    public var hasObservations: Bool
    public var timeline: [TimelineRow]
    public var hasTimeline: Bool
    /// "12 more entries are in summary.json", when the timeline was cut.
    public var timelineRest: String?
    /// The Normal Server and the mail server.
    public var servers: [ServerRow]
    public var images: [ImageRow]
    public var hasImages: Bool
    /// The inventory: every file, or at most `listedFiles` of them (those that matter first).
    public var files: [FileRow]
    public var hasFiles: Bool
    /// "19,800 more files are in summary.json (text 19,800)", when the inventory does not list them all.
    public var filesRest: String?
    /// Where the hearing answers came from, if a sheet was read.
    public var hearingSource: PathRow?
    /// The customer for the salutation (with 様 in Japanese), nil for the template's placeholder.
    public var customer: String?
    /// The engineer's signature, nil for the template's placeholder.
    public var signature: String?
    public var generatedAt: String
    public var toolVersion: String
    /// The follow-up mail, filled in by `FollowUpMail` before the report is rendered.
    public var mail: FollowUpText

    /// The model of `assessment` in `language`.
    public init(_ assessment: CaseAssessment, options: ReportOptions, language: ReportLanguage, labels: ReportLabels) {
        let examination = assessment.examination
        let zone = examination.request.timeZone
        let pick: (LocalizedText) -> String = { language == .ja ? $0.ja : $0.en }
        self.language = language.rawValue
        self.labels = labels.text
        caseID = examination.request.resolvedCaseID
        checklistTitle = pick(assessment.checklist.title)
        product = pick(assessment.checklist.product)
        symptomKnown = assessment.symptom != .unknown
        symptom = assessment.checklist.symptoms[assessment.symptom].map(pick) ?? labels["symptom.unknown"]
        if assessment.hearing?.symptomInferred == true, assessment.symptom != .unknown {
            symptom += labels["symptom.inferred"]
        }
        incidentTimeNote = assessment.hearing?.incidentTimeSource.flatMap { source in
            source.isWhenQuestion
                ? nil : labels["incidentTimeFrom"].replacingOccurrences(of: "{line}", with: source.line)
        }
        timeZone = examination.request.timeZoneName
        incidentTimes = assessment.incidentTimes.map { DisplayFormat.time($0, in: zone) }
        hasIncidentTimes = !incidentTimes.isEmpty
        complete = assessment.isComplete
        let unreadable = examination.unreadable
        self.unreadable = UnreadableRows(unreadable, phrases: assessment.phrases, pick: pick)
        statusText = labels[complete ? "case.complete" : unreadable.isEmpty ? "case.incomplete" : "case.unreadable"]
        let unit = labels["unit.bytes"]
        inputs = examination.inputs.map {
            InputRow(path: CaseText($0.path), size: DisplayFormat.size($0.bytes, unit: unit), sha256: $0.sha256 ?? "—")
        }
        let findingRows: ([Finding]) -> [FindingRow] = { findings in
            findings.map {
                FindingRow(
                    severity: $0.severity.rawValue, severityText: labels["severity.\($0.severity.rawValue)"],
                    code: $0.code, message: pick($0.message))
            }
        }
        caseFindings = findingRows(assessment.caseFindings)
        hasCaseFindings = !caseFindings.isEmpty
        items = assessment.items.map { verdict in
            ItemRow(verdict, assessment: assessment, language: language, labels: labels, findings: findingRows)
        }
        requestedItems = items.filter(\.needsRequest)
        hasRequests = !requestedItems.isEmpty
        rounds = RoundRows(
            assessment.rounds, requested: assessment.requestedItems.map(\.item.number), zone: zone, labels: labels)
        hasConditionalRequests = requestedItems.contains(where: \.conditional)
        informationItems = requestedItems.filter(\.isInformation)
        hasInformationRequests = !informationItems.isEmpty
        materialItems = requestedItems.filter { !$0.isInformation }
        hasMaterialRequests = !materialItems.isEmpty
        reviewItems = items.filter { $0.status == ItemStatus.review.rawValue }
        hasReviewItems = !reviewItems.isEmpty
        attachesHearingSheet = assessment.hearing == nil && requestedItems.contains(where: \.isHearing)
        engineer = (language == .en ? options.engineerEnglish ?? options.engineer : options.engineer).map {
            PlainText.singleLine($0).trimmingCharacters(in: .whitespaces)
        }
        .flatMap { $0.isEmpty ? nil : $0 }
        givenCaseID = options.caseIDGiven ? caseID : nil
        let events = assessment.incidentEvents.map { event in
            let levelClass = Self.levelClass(event.level)
            return EventRow(
                time: DisplayFormat.time(event.time, in: zone), level: labels["level.\(levelClass)"],
                levelClass: levelClass, provider: event.provider, eventID: String(event.eventID),
                channel: event.channel, summary: event.summary, file: CaseText(event.file.description))
        }
        self.events = events
        hasEvents = !events.isEmpty
        (smtpSessions, smtpRest) = Self.sessionRows(assessment, zone: zone, labels: labels)
        hasSmtpSessions = !smtpSessions.isEmpty
        let correlation = assessment.correlation
        observations = Self.observationRows(correlation, zone: zone, labels: labels, language: language)
        hasObservations = !observations.isEmpty
        timeline = Self.timelineRows(correlation.timeline, zone: zone, labels: labels)
        hasTimeline = !timeline.isEmpty
        timelineRest =
            correlation.timeline.omitted > 0
            ? labels["timelineRest"].replacingOccurrences(of: "{count}", with: String(correlation.timeline.omitted))
            : nil
        servers = Self.serverRows(correlation, labels: labels)
        images = examination.files.compactMap { file in
            guard let facts = file.facts.image else { return nil }
            let size = facts.info.width.flatMap { width in facts.info.height.map { "\(width) × \($0)" } } ?? "—"
            let uri =
                options.includeImages
                ? facts.preview.flatMap { bytes in
                    facts.info.format.map { "data:image/\($0.rawValue);base64," + Data(bytes).base64EncodedString() }
                } : nil
            return ImageRow(path: CaseText(file.path.description), dimensions: size, dataURI: uri)
        }
        hasImages = !images.isEmpty
        (files, filesRest) = Self.inventoryRows(
            assessment, unreadable: unreadable, labels: labels, findingRows: findingRows)
        hasFiles = !files.isEmpty
        hearingSource = assessment.hearing.map { PathRow(path: CaseText($0.source)) }
        customer = (language == .ja ? options.customer : options.customerEnglish).map {
            Self.salutation($0, language: language)
        }
        signature = options.signature.map { $0.trimmingCharacters(in: .newlines) }.flatMap { $0.isEmpty ? nil : $0 }
        generatedAt = DisplayFormat.time(options.generatedAt, in: zone)
        toolVersion = CaseIntakeVersion.current
        mail = FollowUpText(subject: "", body: "")
    }

    /// Event levels of the Windows event log (1 critical … 5 verbose; 0 is information).
    static func levelClass(_ level: Int) -> String {
        switch level {
        case 1: return "critical"
        case 2: return "error"
        case 3: return "warning"
        case 5: return "verbose"
        default: return "information"
        }
    }

    /// `山田` → `山田様`; a name that already carries an honorific is kept.
    static func salutation(_ name: String, language: ReportLanguage) -> String {
        let trimmed = PlainText.singleLine(name).trimmingCharacters(in: .whitespaces)
        guard language == .ja else { return trimmed }
        let honorifics = ["様", "さま", "御中", "殿"]
        return honorifics.contains { trimmed.hasSuffix($0) } ? trimmed : trimmed + "様"
    }
}
