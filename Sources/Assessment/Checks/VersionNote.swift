import Foundation

/// Product versions a customer wrote into a text file (`バージョン.txt`, a memo) instead of the
/// hearing sheet: a line naming the program, the scan engine or the pattern file, with a version.
enum VersionNote {
    /// Field id → version found, for the fields of item 2.
    static func versions(in lines: [String]) -> [String: String] {
        var found: [String: String] = [:]
        for raw in lines {
            // Compatibility mapping and the regular expressions cost most of a small file's time;
            // an ASCII line (mapped to itself) without a keyword cannot name a version.
            if raw.utf8.allSatisfy({ $0 < 0x80 }), !asciiKeywords.contains(where: { $0.occurs(in: raw) }) { continue }
            let line = raw.precomposedStringWithCompatibilityMapping
            let lower = line.lowercased()
            if found["pattern-version"] == nil, lower.contains("パターン") || lower.contains("pattern"),
                let version = first(#"\d{1,5}\.\d{3}\.\d{2}"#, in: line)
            {
                found["pattern-version"] = version
            } else if found["engine-version"] == nil, lower.contains("エンジン") || lower.contains("engine"),
                let version = first(#"\d+\.\d{1,3}\.\d{3,4}"#, in: line)
            {
                found["engine-version"] = version
            } else if found["program-version"] == nil,
                lower.contains("プログラム") || lower.contains("program") || lower.contains("serverprotect"),
                let version = first(#"\d+\.\d+(\.\d+)*(\s*(build|ビルド)\s*\d+)?"#, in: line)
            {
                found["program-version"] = version
            }
        }
        return found
    }

    private static let asciiKeywords = ["pattern", "engine", "program", "serverprotect"].map(CaselessWord.init)

    private static func first(_ pattern: String, in line: String) -> String? {
        line.range(of: pattern, options: [.regularExpression, .caseInsensitive]).map { String(line[$0]) }
    }
}
