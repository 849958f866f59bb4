import Formats
import Foundation

extension ItemChecks {
    /// Item 3: a full msinfo32 export; a fragment is insufficient.
    static func systemInformation(_ item: ChecklistItem, _ context: CheckContext) -> ItemVerdict {
        let exports = context.files(.msinfoText, .msinfoNfo)
        let complete = exports.filter { $0.isReadable && $0.facts.systemInformation?.complete == true }
        if !complete.isEmpty {
            return ItemVerdict(
                item: item, status: .ok, evidence: complete.map(\.path),
                findings: evidenceProblems(of: [complete], in: context.correlation, codes: ["identity.other-computer"]))
        }
        // A picture of the msinfo32 window shows one screen of it, not the export.
        let screenshots = context.files(.image).filter {
            NameHints.kind(
                fileName: $0.path.fileName.replacingOccurrences(
                    of: ".", with: "_"), folders: []) == .msinfoText
        }
        if exports.isEmpty && !screenshots.isEmpty {
            return ItemVerdict(
                item: item, status: .insufficient, evidence: screenshots.map(\.path),
                findings: [context.finding(.msinfoScreenshot)])
        }
        if exports.isEmpty {
            return ItemVerdict(item: item, status: .missing, findings: [missing(item, .msinfoMissing, context)])
        }
        return ItemVerdict(
            item: item, status: .insufficient, evidence: exports.map(\.path),
            findings: [context.finding(.msinfoFragment)])
    }

    /// Item 4: a picture that may be the settings dialog (by its name, or any unnamed one); a
    /// person confirms it.
    static func screenshot(_ item: ChecklistItem, _ context: CheckContext) -> ItemVerdict {
        let images = context.pictures(of: .mailSettings) + context.pictures(of: nil)
        guard !images.isEmpty else {
            return ItemVerdict(item: item, status: .missing, findings: [missing(item, .screenshotMissing, context)])
        }
        let blank = evidenceProblems(of: [images], in: context.correlation, codes: ["screenshot.blank"])
        if blank.contains(where: { $0.severity == .problem }) {
            return ItemVerdict(item: item, status: .insufficient, evidence: images.map(\.path), findings: blank)
        }
        return ItemVerdict(
            item: item, status: .review, evidence: images.map(\.path),
            findings: blank + [context.finding(.screenshotReview, ["count": String(images.count)])])
    }

    /// Item 8: the Application and the System log as .evtx, told by their Channel.
    static func eventLogs(_ item: ChecklistItem, _ context: CheckContext) -> ItemVerdict {
        let evtx = context.files(.evtx)
        func logs(_ channel: String) -> [ReceivedFile] {
            evtx.filter { file in
                guard file.isUsable, let summary = file.facts.eventLog else { return false }
                return summary.channel?.caseInsensitiveCompare(channel) == .orderedSame
            }
        }
        let application = logs("Application")
        let system = logs("System")
        let counted = Set((application + system).map(\.path))
        let others = evtx.filter { !counted.contains($0.path) }
        let legacy = context.files(.evt)
        let exports = context.files(.eventLogExport)
        var findings: [Finding] = []
        let missingChannels = [(FindingCode.evtxApplicationMissing, application), (.evtxSystemMissing, system)]
            .filter { $0.1.isEmpty }
        for (code, _) in missingChannels { findings.append(context.finding(code)) }
        let emptyLogs = others.filter { $0.isReadable && $0.bytes == 0 }
        if !emptyLogs.isEmpty { findings.append(naming(emptyLogs, .evtxEmpty, context)) }
        for file in others where file.isUsable {
            let channel = file.facts.eventLog?.channel ?? "?"
            findings.append(context.finding(.evtxOtherChannel, ["file": file.path.description, "channel": channel]))
        }
        for file in others where !file.isReadable { findings.append(naming([file], .evtxUnreadable, context)) }
        // Old-format logs and text exports matter while a channel is missing; beside both .evtx
        // logs they are extra material.
        let extraSeverity: Finding.Severity = missingChannels.isEmpty ? .info : .problem
        if !legacy.isEmpty {
            findings.append(context.finding(.evtxLegacyEvt, severity: extraSeverity))
        }
        if !exports.isEmpty {
            findings.append(context.finding(.evtxTextExport, severity: extraSeverity))
        }
        findings += evidenceProblems(of: [application, system], in: context.correlation)
        let evidence = (application + system + others + legacy + exports).map(\.path)
        let status: ItemStatus
        if missingChannels.isEmpty {
            status = findings.contains { $0.severity == .problem } ? .insufficient : .ok
        } else {
            status = evidence.isEmpty ? .missing : .insufficient
        }
        return ItemVerdict(item: item, status: status, evidence: evidence, findings: findings)
    }

    /// Item 9: SPNT.log is there and, once the incident time is known, one of them reaches it.
    static func debugLog(_ item: ChecklistItem, _ context: CheckContext) -> ItemVerdict {
        let verdict = presence(
            item, context, missing: .spntLogMissing, empty: .spntLogEmpty, unreadable: .spntLogUnreadable)
        guard verdict.status == .ok else { return verdict }
        let logs = context.files(.spntLog).filter(\.isUsable)
        let problems = evidenceProblems(of: [logs], in: context.correlation)
        let status: ItemStatus = problems.contains { $0.severity == .problem } ? .insufficient : .ok
        return ItemVerdict(
            item: item, status: status, evidence: verdict.evidence, findings: verdict.findings + problems)
    }

    /// The observations that make a group of files unusable, for groups where no file is usable:
    /// each group (a log channel, the captures) needs one file that reaches the incident and comes
    /// from the Normal Server. Beside a usable file, the others' observations are only noted.
    static func evidenceProblems(
        of groups: [[ReceivedFile]], in correlation: CaseCorrelation,
        codes: [String] = ["coverage.misses-incident", "identity.other-computer"]
    ) -> [Finding] {
        var findings: [Finding] = []
        for files in groups where !files.isEmpty {
            let observed = files.map { file in codes.flatMap { correlation.observations($0, about: [file.path]) } }
            let usable = observed.contains { $0.isEmpty }
            for observation in observed.joined() {
                let finding = observation.finding
                findings.append(usable ? Finding(.info, finding.code, finding.message) : finding)
            }
        }
        return findings
    }
}
