import Foundation

/// Finds the case folders under a folder: those holding a `summary.json` written by caseintake,
/// one or two levels down (`DIR/<case>/` or `DIR/<team member>/<case>/`). Folders of another
/// tool are skipped without a word; a damaged summary is listed as unreadable.
public enum CaseFolderScan {
    /// One case folder found.
    public struct Found: Sendable {
        /// The folder's path relative to the scanned folder, `/`-separated.
        public let relativePath: String
        public let outcome: Outcome
    }

    /// What a case folder's summary.json is.
    public enum Outcome: Sendable {
        case summary(EarlierSummary, written: Date)
        /// Damaged, another schema version or missing fields; one sentence why.
        case unreadable(String)
    }

    /// The case folders under `folder`, in path order. Links are not followed.
    public static func scan(_ folder: URL) -> [Found] {
        var found: [Found] = []
        for child in subfolders(of: folder) {
            if let outcome = outcome(of: folder.appendingPathComponent(child)) {
                found.append(Found(relativePath: child, outcome: outcome))
                continue
            }
            for grandchild in subfolders(of: folder.appendingPathComponent(child)) {
                let url = folder.appendingPathComponent(child).appendingPathComponent(grandchild)
                if let outcome = outcome(of: url) {
                    found.append(Found(relativePath: child + "/" + grandchild, outcome: outcome))
                }
            }
        }
        return found
    }

    /// Real folders (not links) inside `folder`, sorted, hidden ones left out.
    private static func subfolders(of folder: URL) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.sorted().filter { name in
            guard !name.hasPrefix(".") else { return false }
            let attributes = try? FileManager.default.attributesOfItem(
                atPath: folder.appendingPathComponent(name).path)
            return attributes?[.type] as? FileAttributeType == .typeDirectory
        }
    }

    /// The folder's summary, nil when it holds none of caseintake's.
    private static func outcome(of folder: URL) -> Outcome? {
        switch SummaryReader.read(folder: folder) {
        case .none, .otherTool:
            return nil
        case .earlier(let summary):
            let url = folder.appendingPathComponent("summary.json")
            let written = (try? FileManager.default.attributesOfItem(atPath: url.path))?[.modificationDate] as? Date
            return .summary(summary, written: written ?? Date())
        case .unusable(let reason):
            return .unreadable(reason)
        }
    }
}
