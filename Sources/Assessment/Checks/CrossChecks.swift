import Foundation

/// Checks across files: do they come from the same server?
enum CrossChecks {
    static func findings(_ context: CheckContext) -> [Finding] {
        var names: [String: Set<String>] = [:]  // computer name → where it was seen
        for file in context.files {
            if let summary = file.facts.systemInformation, let name = summary.systemName {
                names[name.uppercased(), default: []].insert(file.path.fileName)
            }
            if let summary = file.facts.eventLog, ["application", "system"].contains(summary.channel?.lowercased() ?? "") {
                for computer in summary.computers.prefix(1) {
                    let short = computer.split(separator: ".").first.map(String.init) ?? computer
                    names[short.uppercased(), default: []].insert(file.path.fileName)
                }
            }
        }
        guard names.count > 1 else { return [] }
        let list = names.keys.sorted().joined(separator: ", ")
        return [Finding(.warning, "case.several-computers", LocalizedText(
            ja: "資料に複数のコンピュータ名（\(list)）が含まれています。同じサーバから取得した資料か確認してください。",
            en: "The files name several computers (\(list)); check they all come from the same server."))]
    }
}
