extension CaseExamination {
    /// The examination with its files' findings worded by `phrases` (a `--templates` folder):
    /// the inspections word them with the standard phrasebook while the walk runs.
    func worded(by phrases: Phrasebook) -> CaseExamination {
        CaseExamination(
            request: request, inputs: inputs,
            files: files.map { file in
                guard !file.findings.isEmpty else { return file }
                return ReceivedFile(
                    path: file.path, kind: file.kind, recognizedBy: file.recognizedBy, bytes: file.bytes,
                    sha256: file.sha256, isReadable: file.isReadable, entryType: file.entryType, facts: file.facts,
                    findings: file.findings.map { $0.worded(by: phrases) }, declaredSize: file.declaredSize)
            }, intakeProblems: intakeProblems)
    }
}
