import Foundation
import Intake

/// The checks a checklist item can name (`check:` in the YAML). Each returns the item's verdict
/// from the received files and the hearing sheet.
enum ItemChecks {
    static func judge(_ item: ChecklistItem, in context: CheckContext) -> ItemVerdict {
        switch item.check {
        case .hearingAnswers: return hearingAnswers(item, context)
        case .versions: return versions(item, context)
        case .mailServer: return mailServer(item, context)
        case .mailServerAddress: return mailServerAddress(item, context)
        case .timeline: return timeline(item, context)
        case .msinfo: return systemInformation(item, context)
        case .screenshot: return screenshot(item, context)
        case .eventLogs: return eventLogs(item, context)
        case .debugLog: return debugLog(item, context)
        case .mailItem:
            return presence(
                item, context, missing: .mailItemMissing, empty: .mailItemEmpty, unreadable: .mailItemUnreadable)
        case .connectivity: return connectivity(item, context)
        case .packetCapture: return packetCapture(item, context)
        }
    }

    /// Ok when a readable, non-empty file of the item's kinds is there; insufficient when the only
    /// ones are empty or unreadable; missing otherwise.
    static func presence(
        _ item: ChecklistItem, _ context: CheckContext, missing: FindingCode, empty: FindingCode,
        unreadable: FindingCode
    ) -> ItemVerdict {
        let files = context.files.filter {
            item.evidenceKinds.contains($0.kind) && !context.correspondence.contains($0.path)
        }
        let usable = files.filter(\.isUsable)
        if !usable.isEmpty { return ItemVerdict(item: item, status: .ok, evidence: usable.map(\.path)) }
        if files.isEmpty {
            return ItemVerdict(item: item, status: .missing, findings: [self.missing(item, missing, context)])
        }
        let emptyFiles = files.filter { $0.isReadable && $0.bytes == 0 }
        var findings: [Finding] = []
        if !emptyFiles.isEmpty { findings.append(naming(emptyFiles, empty, context)) }
        let unreadableFiles = files.filter { !$0.isReadable }
        if !unreadableFiles.isEmpty { findings.append(naming(unreadableFiles, unreadable, context)) }
        return ItemVerdict(item: item, status: .insufficient, evidence: files.map(\.path), findings: findings)
    }

    /// A finding about `files` (empty, unreadable), naming them as `{files}`.
    static func naming(_ files: [ReceivedFile], _ code: FindingCode, _ context: CheckContext) -> Finding {
        context.finding(code, ["files": files.map(\.path.description).joined(separator: ", ")])
    }

    /// Nothing was received for `item`, named by its title.
    static func missing(_ item: ChecklistItem, _ code: FindingCode, _ context: CheckContext) -> Finding {
        context.finding(code, localized: ["title": item.title])
    }
}
