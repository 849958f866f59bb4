import Foundation

/// Counts each kind of damage and keeps the words of its first occurrence, in order of first sight.
struct DamageTally {
    private var entries: [CaptureDamage] = []
    private var positions: [String: Int] = [:]

    mutating func note(_ code: String, _ detail: @autoclosure () -> String) {
        if let position = positions[code] {
            entries[position].count += 1
        } else {
            positions[code] = entries.count
            entries.append(CaptureDamage(code: code, count: 1, detail: detail()))
        }
    }

    var list: [CaptureDamage] { entries }
}
