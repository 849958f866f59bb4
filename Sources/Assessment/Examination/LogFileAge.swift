import Foundation

/// The newest time a received log can reach, for stamps that carry no year.
enum LogFileAge {
    /// Modified times before this are an archiver's placeholder (zip's 1980), not the file's age.
    static let earliestBelievable = Date(timeIntervalSince1970: 946_684_800)  // 2000-01-01

    /// The file's modified time when it is believable (after 2000, not in the future), otherwise now.
    static func newest(modified: Date?, now: Date = Date()) -> Date {
        guard let modified, modified >= earliestBelievable, modified <= now.addingTimeInterval(24 * 3600) else {
            return now
        }
        return modified
    }
}
