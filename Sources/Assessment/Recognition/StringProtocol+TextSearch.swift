import Formats

extension StringProtocol {
    /// `TextSearch.contains`: in this module it takes the place of Foundation's `contains`, which
    /// recognition calls dozens of times on every received text file.
    func contains(_ other: String) -> Bool { TextSearch.contains(self, other) }
}
