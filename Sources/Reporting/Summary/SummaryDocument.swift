import Assessment
import Foundation
import Intake

/// `summary.json`, schema version 2: the contract of DESIGN.md that scripts and automation read.
/// Version 1's fields are unchanged; version 2 adds who is who (`case.normalServer`,
/// `case.mailServer`), `observations`, `timeline` and each file's `facts.coverage`. Built from its
/// own types (`…V2`), never from the parsers' own encodings. Additive since: `rounds`, each
/// item's and file's `round`, `case.hearing`, `case.customer`/`customerEnglish` (issue 13).
public struct SummaryDocument: Encodable, Sendable {
    public static let schemaVersion = 2

    struct Tool: Encodable {
        let name = "caseintake"
        let version = CaseIntakeVersion.current
    }

    struct Input: Encodable {
        let path: String
        let bytes: Int64
        let sha256: String?
        let shape: String
        let format: String?
    }

    struct Case: Encodable {
        let id: String
        let symptom: String
        let timeZone: String
        let incidentTimes: [String]
        let inputs: [Input]
        /// Findings about the case as a whole: unreadable inputs, cross-checks.
        let findings: [FindingV2]
        let normalServer: ServerV2
        let mailServer: ServerV2
        /// The symptom was read from the words of 1-1, not from a ticked choice.
        let symptomInferred: Bool
        /// The answer the incident time was read from when 1-2 gave none.
        let incidentTimeSource: IncidentTimeSourceV2?
        /// The hearing answers, so that a later round knows them without the sheet.
        let hearing: HearingV2?
        /// The customer the mail addresses (`--customer`, `--customer-en`), for the team's index.
        let customer: String?
        let customerEnglish: String?
    }

    struct IncidentTimeSourceV2: Encodable {
        let question: String
        let line: String
    }

    struct File: Encodable {
        let path: String
        let kind: String
        let bytes: Int64
        let sha256: String?
        let recognizedBy: String
        let entryType: String
        let facts: FactsV2
        let findings: [FindingV2]
        /// The round that brought the file (an earlier one for bytes received before).
        let round: Int?
    }

    /// The files' entries, each built when it is encoded: a case of 20,000 files never holds
    /// 20,000 entries (and their facts in summary form) at once.
    struct FileList: Encodable, Sendable {
        let count: Int
        let entry: @Sendable (Int) -> FileEntry
        var isEmpty: Bool { count == 0 }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.unkeyedContainer()
            for index in 0..<count { try container.encode(entry(index)) }
        }
    }

    /// A file of this round, or an earlier round's entry carried as it was written.
    enum FileEntry: Encodable {
        case received(File)
        case carried(JSONValue)

        func encode(to encoder: any Encoder) throws {
            switch self {
            case .received(let file): try file.encode(to: encoder)
            case .carried(let value): try value.encode(to: encoder)
            }
        }
    }

    let schemaVersion = SummaryDocument.schemaVersion
    let tool = Tool()
    let checklist: String
    let `case`: Case
    let status: String
    let items: [ItemSummary]
    private(set) var files: FileList
    /// One per `report` run on the case's folder, oldest first; absent for an assessment without rounds.
    let rounds: [RoundV2]?
    let observations: [ObservationV2]
    let timeline: [TimelineItemV2]
    /// Timeline entries left out to keep it readable (`CaseTimeline.limit`).
    let timelineOmitted: Int

    /// The document for an assessed case.
    /// - Parameters:
    ///   - customer: the customer the mails address, in Japanese and English.
    ///   - earlier: the case folder's earlier summary, whose files this one carries forward.
    public init(
        _ assessment: CaseAssessment, customer: String? = nil, customerEnglish: String? = nil,
        earlier: EarlierSummary? = nil
    ) {
        let examination = assessment.examination
        let correlation = assessment.correlation
        checklist = assessment.checklistID
        `case` = Case(
            id: examination.request.resolvedCaseID, symptom: assessment.symptom.rawValue,
            timeZone: examination.request.timeZoneName,
            incidentTimes: assessment.incidentTimes.map { ISO8601Local.string($0, in: examination.request.timeZone) },
            inputs: examination.inputs.map {
                Input(
                    path: $0.path, bytes: $0.bytes, sha256: $0.sha256, shape: $0.shape.rawValue,
                    format: $0.archiveFormat)
            }, findings: assessment.caseFindings.map(FindingV2.init),
            normalServer: ServerV2(correlation.normalServer), mailServer: ServerV2(correlation.mailServer),
            symptomInferred: assessment.hearing?.symptomInferred ?? false,
            incidentTimeSource: assessment.hearing?.incidentTimeSource.map {
                IncidentTimeSourceV2(question: $0.id, line: $0.line)
            }, hearing: assessment.hearing.map { HearingV2($0, zone: examination.request.timeZone) },
            customer: customer, customerEnglish: customerEnglish)
        status = assessment.isComplete ? "complete" : "incomplete"
        let rounds = assessment.rounds
        items = assessment.items.map { ItemSummary($0, round: rounds?.itemRounds[$0.item.number]) }
        let history = earlier?.history
        let received = examination.files
        let hashes = Set(received.compactMap(\.sha256))
        let carried = (earlier?.files ?? []).filter { $0["sha256"]?.string.map { !hashes.contains($0) } ?? true }
        files = FileList(count: received.count + carried.count) { index in
            guard index < received.count else { return .carried(carried[index - received.count]) }
            let file = received[index]
            return .received(
                File(
                    path: file.path.description, kind: file.kind.rawValue, bytes: file.bytes, sha256: file.sha256,
                    recognizedBy: file.recognizedBy.rawValue, entryType: file.entryType.rawValue,
                    facts: FactsV2(
                        file.facts, coverage: correlation.coverage(of: file.path),
                        normalServer: correlation.normalServer),
                    findings: file.findings.map(FindingV2.init),
                    round: rounds.map { history?.round(receiving: file.sha256) ?? $0.current.number }))
        }
        let zone = examination.request.timeZone
        observations = correlation.observations.map { ObservationV2($0, zone: zone) }
        timeline = correlation.timeline.items.map { TimelineItemV2($0, zone: zone) }
        timelineOmitted = correlation.timeline.omitted
        self.rounds = rounds?.rounds.map { RoundV2($0, zone: zone) }
    }

    /// The JSON bytes: pretty-printed, keys sorted (stable for diffs and golden files), times in ISO 8601 UTC.
    ///
    /// The files are encoded one at a time into the document's outline: the same bytes as encoding
    /// it whole, without the encoder holding a tree of every file of a 20,000-file case at once.
    public func encoded() throws -> Data {
        var json = Data()
        try encode { json.append($0) }
        return json
    }

    /// The same bytes as `encoded()`, handed to `write` in pieces: the outline up to the files,
    /// then a block of files at a time, then the rest; never the whole document at once.
    public func encode(into write: (Data) throws -> Void) throws {
        let encoder = Self.encoder()
        var outline = self
        outline.files = FileList(count: 0) { _ in fatalError("an empty list has no entries") }
        let frame = try encoder.encode(outline)
        let slot = Data("\n  \"files\" : [\n\n  ]".utf8)
        guard !files.isEmpty, let place = frame.range(of: slot) else { return try write(encoder.encode(self)) }
        var piece = Data(frame[..<place.lowerBound])
        piece.append(contentsOf: "\n  \"files\" : [\n".utf8)
        for index in 0..<files.count {
            if index > 0 { piece.append(contentsOf: ",\n".utf8) }
            Self.append(try encoder.encode(files.entry(index)), indentedBy: 4, to: &piece)
            if piece.count >= 64 << 10 {
                try write(piece)
                piece.removeAll(keepingCapacity: true)
            }
        }
        piece.append(contentsOf: "\n  ]".utf8)
        piece.append(frame[place.upperBound...])
        try write(piece)
    }

    /// The document encoded in one piece, as `encoded()` must write it.
    func encodedWhole() throws -> Data { try Self.encoder().encode(self) }

    private static func encoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .withoutEscapingSlashes, .sortedKeys]
        encoder.dateEncodingStrategy = .custom { date, encoder in
            var container = encoder.singleValueContainer()
            try container.encode(ISO8601UTC.string(date))
        }
        return encoder
    }

    /// Appends pretty-printed JSON one level deeper: every line but the empty ones (which the
    /// encoder writes inside empty arrays) is indented. A JSON string never holds a raw line break.
    private static func append(_ piece: Data, indentedBy width: Int, to json: inout Data) {
        var lines = [UInt8]()
        lines.reserveCapacity(piece.count + piece.count / 4)
        piece.withUnsafeBytes { bytes in
            var atLineStart = true
            for byte in bytes {
                if atLineStart && byte != 0x0A { lines.append(contentsOf: repeatElement(0x20, count: width)) }
                lines.append(byte)
                atLineStart = byte == 0x0A
            }
        }
        json.append(contentsOf: lines)
    }
}
