import Formats
import Foundation

extension ItemChecks {
    /// Item 3: a full msinfo32 export; a fragment is insufficient.
    static func systemInformation(_ item: ChecklistItem, _ context: CheckContext) -> ItemVerdict {
        let exports = context.files(.msinfoText, .msinfoNfo)
        let complete = exports.filter { $0.isReadable && $0.facts.systemInformation?.complete == true }
        if !complete.isEmpty { return ItemVerdict(item: item, status: .ok, evidence: complete.map(\.path)) }
        // A picture of the msinfo32 window shows one screen of it, not the export.
        let screenshots = context.files(.image).filter {
            NameHints.kind(
                fileName: $0.path.fileName.replacingOccurrences(
                    of: ".", with: "_"), folders: []) == .msinfoText
        }
        if exports.isEmpty && !screenshots.isEmpty {
            return ItemVerdict(
                item: item, status: .insufficient, evidence: screenshots.map(\.path),
                findings: [
                    Finding(
                        .problem, "msinfo.screenshot",
                        LocalizedText(
                            ja: "システム情報は画面のスクリーンショットのみでした。msinfo32 の[ファイル]-[エクスポート]でテキストファイルとして出力したものをご送付ください。",
                            en:
                                "The system information came only as a screenshot; the text file from msinfo32 (File > Export) is needed."
                        ))
                ])
        }
        if exports.isEmpty {
            return ItemVerdict(item: item, status: .missing, findings: [missing(item, code: "msinfo")])
        }
        return ItemVerdict(
            item: item, status: .insufficient, evidence: exports.map(\.path),
            findings: [
                Finding(
                    .problem, "msinfo.fragment",
                    LocalizedText(
                        ja: "システム情報が一部のみとなっておりました。msinfo32 の[ファイル]-[エクスポート]で全体を出力したファイルをご送付ください。",
                        en:
                            "The system information looks partial; the whole export from msinfo32 (File > Export) is needed."
                    ))
            ])
    }

    /// Item 4: a picture that may be the settings dialog (by its name, or any unnamed one); a
    /// person confirms it.
    static func screenshot(_ item: ChecklistItem, _ context: CheckContext) -> ItemVerdict {
        let images = context.pictures(of: .mailSettings) + context.pictures(of: nil)
        guard !images.isEmpty else {
            return ItemVerdict(item: item, status: .missing, findings: [missing(item, code: "screenshot")])
        }
        return ItemVerdict(
            item: item, status: .review, evidence: images.map(\.path),
            findings: [
                Finding(
                    .info, "screenshot.review",
                    LocalizedText(
                        ja: "画像が \(images.count) 件あります。「インターネットメール警告の設定」画面かどうかを目視で確認してください。",
                        en:
                            "\(images.count) image(s) received; check by eye that one shows the Internet mail alert settings."
                    ))
            ])
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
        let missingChannels = [("Application", "アプリケーション", application), ("System", "システム", system)]
            .filter { $0.2.isEmpty }
        for (english, japanese, _) in missingChannels {
            findings.append(
                Finding(
                    .problem, "evtx.\(english.lowercased())-missing",
                    LocalizedText(
                        ja: "\(japanese)ログ（.evtx 形式）を確認できませんでした。", en: "The \(english) log (.evtx) was not received.")))
        }
        let emptyLogs = others.filter { $0.isReadable && $0.bytes == 0 }
        if !emptyLogs.isEmpty { findings.append(emptyFiles(emptyLogs, code: "evtx")) }
        for file in others where file.isUsable {
            let channel = file.facts.eventLog?.channel ?? "?"
            findings.append(
                Finding(
                    .info, "evtx.other-channel",
                    LocalizedText(
                        ja: "\(file.path) は \(channel) ログであり、アプリケーションログ・システムログではございませんでした。",
                        en: "\(file.path) is the \(channel) log, not the Application or System log.")))
        }
        for file in others where !file.isReadable { findings.append(unreadable([file], code: "evtx")) }
        // Old-format logs and text exports matter while a channel is missing; beside both .evtx
        // logs they are extra material.
        let extraSeverity: Finding.Severity = missingChannels.isEmpty ? .info : .problem
        if !legacy.isEmpty {
            findings.append(
                Finding(
                    extraSeverity, "evtx.legacy-evt",
                    LocalizedText(
                        ja: "イベントログが旧形式（.evt）で保存されておりました。可能な限り .evtx 形式での保存をお願いいたします。",
                        en: "The event log is in the old .evt format; please save it as .evtx where possible.")))
        }
        if !exports.isEmpty {
            findings.append(
                Finding(
                    extraSeverity, "evtx.text-export",
                    LocalizedText(
                        ja:
                            "イベントログがテキスト形式（.txt/.csv/.xml）で保存されておりました。「すべてのイベントを名前を付けて保存」の際に、ファイルの種類として .evtx 形式をお選びください。",
                        en:
                            "The event log was saved as text (.txt/.csv/.xml); please use \"Save All Events As\" and choose .evtx."
                    )))
        }
        findings += coverage(of: [("Application", application), ("System", system)], at: context.incidentTimes)
        let evidence = (application + system + others + legacy + exports).map(\.path)
        let status: ItemStatus
        if missingChannels.isEmpty {
            status = findings.contains { $0.severity == .problem } ? .insufficient : .ok
        } else {
            status = evidence.isEmpty ? .missing : .insufficient
        }
        return ItemVerdict(item: item, status: status, evidence: evidence, findings: findings)
    }

    /// Item 9: SPNT.log is there and, once the incident time is known, reaches it.
    static func debugLog(_ item: ChecklistItem, _ context: CheckContext) -> ItemVerdict {
        let verdict = presence(item, context, code: "spnt-log")
        guard verdict.status == .ok, !context.incidentTimes.isEmpty else { return verdict }
        let logs = context.files(.spntLog).filter(\.isReadable)
        let ranges = logs.compactMap { file -> ClosedRange<Date>? in
            guard let summary = file.facts.debugLog, let first = summary.firstTime, let last = summary.lastTime,
                let start = first.date(in: context.timeZone), let end = last.date(in: context.timeZone), start <= end
            else { return nil }
            return start.addingTimeInterval(-300)...end.addingTimeInterval(300)
        }
        guard !ranges.isEmpty else { return verdict }  // no times in the log: nothing to compare
        let covered = context.incidentTimes.allSatisfy { incident in ranges.contains { $0.contains(incident) } }
        if covered { return verdict }
        return ItemVerdict(
            item: item, status: .insufficient, evidence: verdict.evidence,
            findings: [
                Finding(
                    .problem, "spnt-log.not-covering-incident",
                    LocalizedText(
                        ja: "SPNT.log の記録期間に事象発生日時が含まれておりませんでした。デバッグログを有効にした状態で事象を再現し、その後の SPNT.log をご送付ください。",
                        en:
                            "SPNT.log does not cover the incident time; please reproduce the problem with debug logging on and send the SPNT.log written then."
                    ))
            ])
    }

    /// A channel covers the incident when one of its logs spans every incident time; a log that
    /// ends before the incident does not matter when another log of the channel reaches it.
    static func coverage(of channels: [(name: String, logs: [ReceivedFile])], at incidents: [Date]) -> [Finding] {
        guard !incidents.isEmpty else { return [] }
        var findings: [Finding] = []
        for (channel, logs) in channels where !logs.isEmpty {
            let covers = logs.contains { log in
                guard let summary = log.facts.eventLog, let first = summary.firstEvent, let last = summary.lastEvent
                else { return false }
                return incidents.allSatisfy { $0 >= first && $0 <= last }
            }
            guard !covers else { continue }
            let names = logs.map(\.path.fileName).joined(separator: ", ")
            findings.append(
                Finding(
                    .problem, "evtx.not-covering-incident",
                    LocalizedText(
                        ja: "\(channel) ログ（\(names)）に事象発生日時の記録が含まれておりませんでした。事象発生後に保存したログをご送付ください。",
                        en:
                            "The \(channel) log (\(names)) does not cover the incident time; a log saved after the incident is needed."
                    )))
        }
        return findings
    }
}
