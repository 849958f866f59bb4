/// The version of caseintake, as `summary.json` and `--version` print it.
public enum CaseIntakeVersion {
    public static let current = "0.1.0"
}
