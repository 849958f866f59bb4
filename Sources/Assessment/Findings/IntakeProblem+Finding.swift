import Intake

extension IntakeProblem {
    /// The problem as a finding for the report, explained in the engineer's words.
    public var finding: Finding {
        let path = self.path.description
        let text: LocalizedText
        let severity: Finding.Severity
        switch code {
        case .inputNotFound:
            (severity, text) = (
                .problem, .init(ja: "\(path) が見つかりません（\(detail)）。", en: "\(path) was not found (\(detail)).")
            )
        case .inputUnreadable:
            (severity, text) = (
                .problem, .init(ja: "\(path) を読み取れません（\(detail)）。", en: "\(path) could not be read (\(detail)).")
            )
        case .archiveCorrupt:
            (severity, text) = (
                .problem,
                .init(
                    ja: "\(path) は破損しているか途中で切れています。読めた分だけを確認しました（\(detail)）。",
                    en: "\(path) is damaged or truncated; only what was readable was examined (\(detail)).")
            )
        case .archiveWarning:
            (severity, text) = (.info, .init(ja: "\(path): \(detail)", en: "\(path): \(detail)"))
        case .encryptedNoPassword:
            (severity, text) = (
                .problem,
                .init(
                    ja: "\(path) はパスワードで保護されています。--password でパスワードを指定してください。",
                    en: "\(path) is password-protected; give the password with --password.")
            )
        case .wrongPassword:
            (severity, text) = (
                .problem,
                .init(
                    ja: "\(path) のパスワードが違います。", en: "The password does not open \(path).")
            )
        case .unsupportedEncryption:
            (severity, text) = (
                .problem,
                .init(
                    ja: "\(path) は復号できない方式で暗号化されています（\(detail)）。ZIP（ZipCrypto/AES）での再送付が必要です。",
                    en:
                        "\(path) uses an encryption that cannot be decrypted here (\(detail)); ask for a ZIP (ZipCrypto or AES)."
                )
            )
        case .entryDamaged:
            (severity, text) = (
                .problem, .init(ja: "\(path) は破損しています（\(detail)）。", en: "\(path) is damaged (\(detail)).")
            )
        case .entryTooLarge, .totalTooLarge, .tooManyEntries, .nestedTooDeep, .compressionRatio, .spoolTooLarge,
            .outOfTime:
            (severity, text) = (
                .warning,
                .init(
                    ja: "\(path): 上限に達したため読み取りを打ち切りました（\(detail)）。",
                    en: "\(path): reading stopped at a limit (\(detail)).")
            )
        case .linkNotFollowed, .specialFile:
            (severity, text) = (.info, .init(ja: "\(path): \(detail)", en: "\(path): \(detail)"))
        case .parentReference, .absoluteName:
            (severity, text) = (
                .warning,
                .init(
                    ja: "\(path): 不審なファイル名です（\(detail)）。展開はしていません。",
                    en: "\(path): suspicious name (\(detail)); nothing was extracted.")
            )
        case .passwordFromMail:
            // `detail` names the mail; the password itself is never shown.
            (severity, text) = (
                .info,
                .init(
                    ja: "\(path) は \(detail) に書かれていたパスワードで開きました。",
                    en: "\(path) was opened with the password written in \(detail).")
            )
        case .undecodableName:
            (severity, text) = (
                .info,
                .init(
                    ja: "\(path): ファイル名の文字コードを判別できませんでした。", en: "\(path): the name's encoding is unknown.")
            )
        }
        return Finding(severity, "intake." + code.rawValue, text)
    }
}
