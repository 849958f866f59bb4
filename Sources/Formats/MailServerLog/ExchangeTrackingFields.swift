/// The columns of an Exchange message tracking log [FORMATS.md §7 Exchange]: from the
/// `#Fields:` header when present, else the 30 standard fields in their documented order.
struct ExchangeTrackingFields {
    static let standard = [
        "date-time", "client-ip", "client-hostname", "server-ip", "server-hostname", "source-context", "connector-id",
        "source", "event-id", "internal-message-id", "message-id", "network-message-id", "recipient-address",
        "recipient-status", "total-bytes", "recipient-count", "related-recipient-address", "reference",
        "message-subject", "sender-address", "return-path", "message-info", "directionality", "tenant-id",
        "original-client-ip", "original-server-ip", "custom-data", "transport-traffic-type", "log-id", "schema-version",
    ]

    private(set) var names = standard
    private var positions: [String: Int] = Dictionary(uniqueKeysWithValues: standard.enumerated().map { ($1, $0) })

    /// Takes the order of a `#Fields: a,b,c` header line.
    mutating func read(header line: Substring) {
        let list = line.dropFirst("#Fields:".count).split(separator: ",").map { $0.trimmingASCIISpaces().lowercased() }
        guard !list.isEmpty else { return }
        names = list
        positions = [:]
        for (index, name) in list.enumerated() where positions[name] == nil { positions[name] = index }
    }

    /// The value of a named column in a row, nil when absent or empty.
    func value(_ name: String, in row: [Substring]) -> Substring? {
        guard let index = positions[name], index < row.count, !row[index].isEmpty else { return nil }
        return row[index]
    }

    /// Splits a CSV row (RFC 4180 quoting: `"a,b"`, `""` inside quotes), at most 64 columns.
    static func split(_ line: Substring) -> [Substring] {
        var columns: [Substring] = []
        var start = line.startIndex
        var index = line.startIndex
        var quoted = false
        while index < line.endIndex, columns.count < 64 {
            let character = line[index]
            if character == "\"" {
                quoted.toggle()
            } else if character == "," && !quoted {
                columns.append(unquoted(line[start..<index]))
                start = line.index(after: index)
            }
            index = line.index(after: index)
        }
        columns.append(unquoted(line[start..<index]))
        return columns
    }

    private static func unquoted(_ field: Substring) -> Substring {
        guard field.count >= 2, field.first == "\"", field.last == "\"" else { return field }
        return field.dropFirst().dropLast()
    }

    /// The delivery outcome of an event id.
    static func status(ofEvent event: Substring) -> String? {
        switch event.uppercased() {
        case "SEND", "SENDEXTERNAL", "DELIVER": "sent"
        case "DEFER": "deferred"
        case "FAIL": "bounced"
        case "DROP": "rejected"
        default: nil
        }
    }
}
