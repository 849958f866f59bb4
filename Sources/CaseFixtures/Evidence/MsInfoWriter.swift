import Formats
import Foundation

/// Writes System Information exports (text and `.nfo`) of the example case's server,
/// `SPNT-SV01`, a Japanese Windows Server 2019 with ServerProtect installed.
///
/// English keys and layout follow real exports (FORMATS.md §3, samples); Japanese row and
/// section names beyond those quoted in FORMATS.md are the usual wording, UNVERIFIED.
public enum MsInfoWriter {
    /// The language of Windows that wrote the export.
    public enum Language: String, Sendable, CaseIterable {
        /// English Windows.
        case english
        /// Japanese Windows.
        case japanese
    }

    /// The machine as the examples describe it, in one language.
    public struct Machine: Sendable {
        /// The report line's label and date, e.g. "System Information report written at".
        public var reportLabel: String
        /// The report date as Windows writes it in that language.
        public var reportTime: String
        /// System Summary rows, in the order msinfo32 writes them.
        public var summary: [(key: String, value: String)]
        /// The other sections with a few rows each; names and rows in that language.
        public var sections: [(name: String, rows: [String])]
        /// The summary section name.
        public var summaryName: String
        /// The column-name row of the summary.
        public var columnNames: String
        /// The label of the second header line ("System Name").
        public var systemNameLabel: String
    }

    /// `SPNT-SV01` in the given language.
    public static func machine(_ language: Language) -> Machine {
        language == .english ? english : japanese
    }

    /// The text export. Windows writes UTF-16LE and CRLF; `complete: false` stops after
    /// the System Summary, like a customer who pasted only the first screen.
    public static func textExport(
        language: Language, encoding: TextEncoding = .utf16LE, byteOrderMark: Bool = true,
        lineBreak: String = "\r\n", complete: Bool = true
    ) -> [UInt8] {
        let machine = machine(language)
        var lines = [
            "\(machine.reportLabel): \(machine.reportTime)",
            "\(machine.systemNameLabel): SPNT-SV01",
            "[\(machine.summaryName)]", "", machine.columnNames + "\t",
        ]
        lines += machine.summary.map { "\($0.key)\t\($0.value)\t" }
        if complete {
            for section in machine.sections {
                lines += ["", "[\(section.name)]", ""] + section.rows.map { $0 + "\t" }
            }
        }
        let text = lines.joined(separator: lineBreak) + lineBreak
        return EvidenceTextEncoder.encode(text, as: encoding, byteOrderMark: byteOrderMark)
    }

    /// The `.nfo` XML (UTF-16LE with byte-order mark and CRLF, as in the sample), with the
    /// other categories nested in the System Summary as msinfo32 nests them.
    public static func nfo(language: Language) -> [UInt8] {
        let machine = machine(language)
        let (itemTag, valueTag) = language == .english ? ("Item", "Value") : ("項目", "値")
        var xml = "<?xml version=\"1.0\"?>\r\n<MsInfo>\r\n<Metadata>\r\n<Version>8.0</Version>\r\n"
        xml += "<CreationUTC>11/20/26 01:30:00</CreationUTC>\r\n</Metadata>\r\n"
        xml += "<Category name=\"\(escape(machine.summaryName))\">\r\n"
        for row in machine.summary {
            xml += "<Data>\r\n<\(itemTag)><![CDATA[\(row.key)]]></\(itemTag)>\r\n"
            xml += "<\(valueTag)><![CDATA[\(row.value)]]></\(valueTag)>\r\n</Data>\r\n"
        }
        for section in machine.sections {
            xml += "<Category name=\"\(escape(section.name))\">\r\n"
            for row in section.rows.dropFirst() {
                let cells = row.split(separator: "\t", omittingEmptySubsequences: false)
                let children = cells.enumerated().map { "<C\($0.offset)><![CDATA[\($0.element)]]></C\($0.offset)>" }
                xml +=
                    "<Data>\r\n"
                    + children
                    .joined(separator: "\r\n") + "\r\n</Data>\r\n"
            }
            xml += "</Category>\r\n"
        }
        xml += "</Category>\r\n</MsInfo>\r\n"
        return EvidenceTextEncoder.encode(xml, as: .utf16LE, byteOrderMark: true)
    }

    private static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "\"", with: "&quot;")
            .replacingOccurrences(of: "<", with: "&lt;")
    }
}
