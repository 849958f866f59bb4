import Foundation

/// The one instant every fixture is stamped with, so that fixtures are byte-for-byte
/// reproducible: 2026-11-20 10:05:00 +09:00, the incident time of the example cases.
public enum FixtureClock {
    /// 2026-11-20T01:05:00Z.
    public static let incident = Date(timeIntervalSince1970: 1_795_136_700)
}
