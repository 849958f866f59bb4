import Assessment

/// What `caseintake --version` prints: the version, then the templates folder this binary uses
/// (an installed one reads `<prefix>/share/caseintake/Templates`), so a support engineer sees
/// which checklist and wording a report will get.
enum VersionText {
    static var text: String {
        let templates = TemplateFolder.locate()?.path ?? "none found (use --templates DIR)"
        return "\(CaseIntakeVersion.current)\ntemplates: \(templates)"
    }
}
