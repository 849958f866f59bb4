import Foundation

/// Reads a case folder's `summary.json` back. Whatever is there — nothing, a damaged file,
/// another schema version, another tool's JSON — gives an answer, never a crash: the caller
/// starts over with one line saying why.
public enum SummaryReader {
    /// What a folder's summary.json is.
    public enum Outcome: Sendable {
        /// No summary.json: the first round.
        case none
        case earlier(EarlierSummary)
        /// JSON of another tool (or none of caseintake's): not a case folder of ours.
        case otherTool(String)
        /// A summary.json that cannot be carried forward, and why (one sentence).
        case unusable(String)
    }

    /// Round numbers a case can reach.
    static let plausibleRounds = 1...100_000

    /// The largest summary.json read back; the tool's own stay under 2 MB (`bench-case`).
    static let maximumBytes = 64 << 20

    /// Reads `folder/summary.json`.
    public static func read(folder: URL) -> Outcome {
        let url = folder.appendingPathComponent("summary.json")
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: url.path) else { return .none }
        guard attributes[.type] as? FileAttributeType == .typeRegular else {
            return .unusable("\(url.path) is not a regular file")
        }
        if let size = attributes[.size] as? Int, size > maximumBytes {
            return .unusable("\(url.path) is larger than \(maximumBytes >> 20) MB")
        }
        guard let data = try? Data(contentsOf: url) else { return .unusable("\(url.path) cannot be read") }
        switch stored(data) {
        case .success(let stored):
            return .earlier(EarlierSummary(stored, written: attributes[.modificationDate] as? Date ?? Date()))
        case .failure(let reason):
            let sentence = "\(url.path) \(reason.text)"
            return reason.otherTool ? .otherTool(sentence) : .unusable(sentence)
        }
    }

    /// Why a summary.json is not this tool's schema version 2.
    struct Unusable: Error {
        let text: String
        var otherTool = false
    }

    /// The stored summary, checked to be caseintake's schema version 2.
    static func stored(_ data: Data) -> Result<StoredSummaryV2, Unusable> {
        struct Header: Decodable {
            struct Tool: Decodable { let name: String? }
            let schemaVersion: Int?
            let tool: Tool?
        }
        let decoder = JSONDecoder()
        guard let header = try? decoder.decode(Header.self, from: data) else {
            return .failure(Unusable(text: "is not a JSON object (damaged?)"))
        }
        guard header.tool?.name == "caseintake" else {
            return .failure(Unusable(text: "was not written by caseintake", otherTool: true))
        }
        guard header.schemaVersion == SummaryDocument.schemaVersion else {
            let version = header.schemaVersion.map(String.init) ?? "none"
            return .failure(
                Unusable(text: "has schema version \(version), not \(SummaryDocument.schemaVersion)"))
        }
        do {
            let stored = try decoder.decode(StoredSummaryV2.self, from: data)
            // Round numbers are counted on from here: one out of any real range is damage, not a round.
            let numbers = (stored.rounds ?? []).map(\.number) + stored.items.compactMap(\.round)
            guard numbers.allSatisfy(plausibleRounds.contains) else {
                return .failure(Unusable(text: "has a round number out of range (damaged?)"))
            }
            return .success(stored)
        } catch {
            return .failure(Unusable(text: "lacks fields of schema version 2 (\(Self.describe(error)))"))
        }
    }

    /// The decoding error in a few words: which key at which path.
    private static func describe(_ error: any Error) -> String {
        switch error as? DecodingError {
        case .keyNotFound(let key, let context)?:
            return "no \((context.codingPath.map(\.stringValue) + [key.stringValue]).joined(separator: "."))"
        case .typeMismatch(_, let context)?, .valueNotFound(_, let context)?, .dataCorrupted(let context)?:
            return "\(context.codingPath.map(\.stringValue).joined(separator: ".")) is malformed"
        default:
            return "malformed"
        }
    }
}

extension SummaryReader {
    /// The earlier rounds a new round of `caseID` on `checklistID` merges with: the folder's
    /// summary.json when it is this case's, else nil and the one line that says why it starts over
    /// (nil too when there is nothing to say: no summary yet). Never merges across cases.
    /// - Parameter checklistID: asked for only when the folder holds a summary.json to compare.
    public static func earlierRounds(
        in folder: URL, caseID: String, checklistID: @autoclosure () throws -> String
    ) rethrows -> (EarlierSummary?, notice: String?) {
        switch read(folder: folder) {
        case .none:
            return (nil, nil)
        case .unusable(let reason), .otherTool(let reason):
            return (nil, "starting the case over: \(reason)")
        case .earlier(let earlier):
            let history = earlier.history
            if history.caseID != caseID {
                return (nil, "starting over: \(folder.path)/summary.json is of case \(history.caseID), not \(caseID)")
            }
            let checklistID = try checklistID()
            if history.checklistID != checklistID {
                return (
                    nil,
                    "starting over: \(folder.path)/summary.json used the checklist \(history.checklistID), "
                        + "not \(checklistID)"
                )
            }
            return (earlier, nil)
        }
    }
}
