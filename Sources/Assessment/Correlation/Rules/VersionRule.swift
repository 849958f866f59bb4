import Foundation

/// `version.mismatch`: the build the hearing sheet gives is not the one ServerProtect's own log
/// says was running.
enum VersionRule {
    static func observe(_ evidence: CorrelationEvidence) -> [Observation] {
        guard let answer = evidence.hearing?.stated("program-version"), let answered = build(in: answer) else {
            return []
        }
        for file in evidence.files where file.isReadable {
            guard let builds = file.facts.debugLog?.productBuilds, !builds.isEmpty, !builds.contains(answered)
            else { continue }
            return [
                evidence.observe(
                    "version.mismatch", .warning, at: nil, evidence: [file.path],
                    [
                        "answered": answer, "build": answered, "file": file.path.fileName,
                        "logged": builds.joined(separator: ", "),
                    ])
            ]
        }
        return []
    }

    /// `5.8 Build 1234` / `5.8 (ビルド 1234)` → `1234`.
    static func build(in text: String) -> String? {
        let lowered = text.lowercased()
        guard let range = lowered.range(of: "build") ?? lowered.range(of: "ビルド") else { return nil }
        let digits = lowered[range.upperBound...].drop { !$0.isNumber }.prefix { $0.isASCII && $0.isNumber }
        return digits.isEmpty ? nil : String(digits)
    }
}
