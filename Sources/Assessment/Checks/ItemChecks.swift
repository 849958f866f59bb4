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
        case .mailItem: return presence(item, context, code: "mail-item")
        case .connectivity: return connectivity(item, context)
        case .packetCapture: return packetCapture(item, context)
        }
    }

    /// Ok when a readable, non-empty file of the item's kinds is there; insufficient when the only
    /// ones are empty or unreadable; missing otherwise.
    static func presence(_ item: ChecklistItem, _ context: CheckContext, code: String) -> ItemVerdict {
        let files = context.files.filter { item.evidenceKinds.contains($0.kind) }
        let usable = files.filter(\.isUsable)
        if !usable.isEmpty { return ItemVerdict(item: item, status: .ok, evidence: usable.map(\.path)) }
        if files.isEmpty { return ItemVerdict(item: item, status: .missing, findings: [missing(item, code: code)]) }
        let empty = files.filter { $0.isReadable && $0.bytes == 0 }
        var findings: [Finding] = []
        if !empty.isEmpty { findings.append(emptyFiles(empty, code: code)) }
        let unreadable = files.filter { !$0.isReadable }
        if !unreadable.isEmpty { findings.append(self.unreadable(unreadable, code: code)) }
        return ItemVerdict(item: item, status: .insufficient, evidence: files.map(\.path), findings: findings)
    }

    static func emptyFiles(_ files: [ReceivedFile], code: String) -> Finding {
        let names = files.map(\.path.description).joined(separator: ", ")
        return Finding(
            .problem, "\(code).empty",
            LocalizedText(
                ja: "\(names) は空のファイル（0 バイト）でした。", en: "\(names) is an empty file (0 bytes)."))
    }

    static func missing(_ item: ChecklistItem, code: String) -> Finding {
        Finding(
            .problem, "\(code).missing",
            LocalizedText(
                ja: "「\(item.title.ja)」に当たる資料を確認できませんでした。", en: "Nothing was received for \"\(item.title.en)\"."))
    }

    static func unreadable(_ files: [ReceivedFile], code: String) -> Finding {
        let names = files.map(\.path.description).joined(separator: ", ")
        return Finding(
            .problem, "\(code).unreadable",
            LocalizedText(
                ja: "\(names) を開くことができませんでした（暗号化または破損のためと思われます）。",
                en: "\(names) could not be read (encrypted or damaged)."))
    }
}
