import Foundation

/// Who a server is, as the case's files name it: host names, IP addresses, the mail software,
/// and where each came from, so the report can show why caseintake believes it.
public struct ServerIdentity: Sendable, Equatable {
    /// One name or address and the file (or the engineer's option) that gave it.
    public struct Clue: Sendable, Equatable, Hashable {
        public var value: String
        public var source: String
    }

    /// Host names as written (the first spelling of each, case-insensitively).
    public private(set) var names: [String] = []
    /// IP addresses.
    public private(set) var addresses: [String] = []
    /// The mail software (`Postfix`, `Microsoft Exchange`, …), for the mail server.
    public var application: String?
    /// Where `application` came from.
    public var applicationSource: String?
    /// Every clue with its source, in the order found.
    public private(set) var clues: [Clue] = []

    public init() {}

    /// Nothing names the server.
    public var isUnknown: Bool { names.isEmpty && addresses.isEmpty }

    /// Where the clues came from, each once.
    public var sources: [String] {
        var seen = Set<String>()
        return clues.map(\.source).filter { seen.insert($0).inserted }
    }

    /// The first name (`dotted: true`: a DNS name with a dot) or address seen in a source other
    /// than `excluded`, with that source.
    public func first(address: Bool, dotted: Bool = false, notFrom excluded: String?) -> Clue? {
        clues.first { clue in
            guard clue.source != excluded else { return false }
            if address { return HostName.isAddress(clue.value) }
            return !HostName.isAddress(clue.value) && (!dotted || clue.value.contains("."))
        }
    }

    /// Adds a host name or an address (told apart by its shape) seen in `source`.
    mutating func add(_ value: String, from source: String) {
        let trimmed = value.trimmingCharacters(in: .whitespacesAndNewlines.union(CharacterSet(charactersIn: "[]<>")))
        guard !trimmed.isEmpty, trimmed.count <= 255 else { return }
        if HostName.isAddress(trimmed) {
            if !addresses.contains(trimmed) { addresses.append(trimmed) }
        } else {
            guard HostName.isPlausibleName(trimmed) else { return }
            if !names.contains(where: { HostName.sameName($0, trimmed) }) { names.append(trimmed) }
        }
        let clue = Clue(value: trimmed, source: source)
        if !clues.contains(clue) { clues.append(clue) }
    }

    /// Whether `value` (a name or an address) is one of this server's.
    public func matches(_ value: String) -> Bool {
        if HostName.isAddress(value) { return addresses.contains(value) }
        return names.contains { HostName.sameHost($0, value) }
    }
}

/// How host names and addresses compare, by the checklist's rule for the mail settings
/// (「全く同一の名前」): DNS names are case-insensitive; an address is never the same setting as a name.
public enum HostName {
    /// Dotted IPv4 or an IPv6 literal.
    public static func isAddress(_ text: String) -> Bool {
        if text.contains(":") {
            return text.count <= 45 && text.allSatisfy { $0.isHexDigit || $0 == ":" || $0 == "." || $0 == "%" }
        }
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        return parts.count == 4 && parts.allSatisfy { UInt8($0) != nil }
    }

    /// Letters, digits, `-`, `_` and `.` (NetBIOS and DNS names), not only digits and dots.
    static func isPlausibleName(_ text: String) -> Bool {
        text.allSatisfy { ($0.isLetter || $0.isNumber || "-_.".contains($0)) } && text.contains { $0.isLetter }
    }

    /// The same setting: identical, but DNS names compare without case.
    public static func sameName(_ left: String, _ right: String) -> Bool {
        if isAddress(left) || isAddress(right) { return left == right }
        return left.caseInsensitiveCompare(right) == .orderedSame
    }

    /// The same machine: the same name, or a short (NetBIOS) name and an FQDN that starts with it.
    public static func sameHost(_ left: String, _ right: String) -> Bool {
        if sameName(left, right) { return true }
        if isAddress(left) || isAddress(right) { return false }
        return shortName(left).caseInsensitiveCompare(shortName(right)) == .orderedSame
    }

    /// `spnt-sv01.example.local` → `spnt-sv01`.
    public static func shortName(_ name: String) -> String {
        name.split(separator: ".").first.map(String.init) ?? name
    }

    /// 127.0.0.0/8 and ::1.
    public static func isLoopback(_ address: String) -> Bool {
        address == "::1" || address.hasPrefix("127.")
    }
}
