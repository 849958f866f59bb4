import Foundation

/// The forms hearing answers are expected in (FORMATS.md §8 for pattern numbering).
enum AnswerShapes {
    static func accepts(_ value: String, as shape: HearingField.Shape) -> Bool {
        let text = value.precomposedStringWithCompatibilityMapping.trimmingCharacters(in: .whitespaces)
        switch shape {
        case .programVersion: return matches(text, #"\d+\.\d+"#)
        case .engineVersion: return matches(text, #"\d+\.\d{1,3}\.\d{3,4}"#)
        case .patternVersion: return matches(text, #"\d{1,5}\.\d{3}\.\d{2}"#)
        case .ipAddress:
            return matches(text, #"^\d{1,3}(\.\d{1,3}){3}$"#)
                || (text.contains(":") && matches(text, #"^[0-9A-Fa-f:]+$"#))
        case .hostName: return matches(text, #"^[A-Za-z0-9][A-Za-z0-9.\-_]*$"#)
        case .timeline, .text: return true
        }
    }

    static func example(_ shape: HearingField.Shape) -> String {
        switch shape {
        case .programVersion: return "5.8 Build 1234"
        case .engineVersion: return "12.000.1008"
        case .patternVersion: return "19.123.00"
        case .ipAddress: return "192.0.2.25"
        case .hostName: return "mail.example.co.jp"
        case .timeline: return "2026/11/20 10:05 …"
        case .text: return "…"
        }
    }

    private static func matches(_ text: String, _ pattern: String) -> Bool {
        text.range(of: pattern, options: .regularExpression) != nil
    }
}
