import Foundation

/// `screenshot.blank`: a picture that cannot show the Internet mail alert settings — too small
/// for the dialog, or one colour all over.
enum ScreenshotRule {
    /// The dialog is about 450 × 400 pixels at 100 % scaling; a picture under these bounds cannot
    /// show its fields legibly.
    static let minimumWidth = 320
    static let minimumHeight = 240

    static func observe(_ evidence: CorrelationEvidence) -> [Observation] {
        evidence.files.compactMap { file in
            guard file.isReadable, let image = file.facts.image, let width = image.info.width,
                let height = image.info.height
            else { return nil }
            let phrase: String
            if image.isUniform == true {
                phrase = "screenshot.blank.uniform"
            } else if width < minimumWidth || height < minimumHeight {
                phrase = "screenshot.blank.small"
            } else {
                return nil
            }
            return evidence.observe(
                "screenshot.blank", .problem, at: nil, evidence: [file.path],
                ["file": file.path.fileName, "width": String(width), "height": String(height)], phrase: phrase)
        }
    }
}
