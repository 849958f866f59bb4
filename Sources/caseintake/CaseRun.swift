import ArgumentParser
import Assessment
import Foundation
import Intake

/// The steps every case command takes: load the checklist, examine the inputs, assess.
enum CaseRun {
    /// Assesses the case; an input that cannot be read before the walk (the password file, the
    /// hearing sheet) ends the command with one line on stderr and exit code 2.
    static func assess(_ options: CaseOptions) throws -> CaseAssessment {
        do {
            return try assessCase(options)
        } catch let failure as InputFailure {
            FileHandle.standardError.write(Data("caseintake: \(failure)\n".utf8))
            throw ExitCode(2)
        }
    }

    private static func assessCase(_ options: CaseOptions) throws -> CaseAssessment {
        let checklist = try loadChecklist(path: options.checklist, templates: options.templates)
        let request = try options.request()
        var hearing: HearingAnswers?
        if let path = options.hearing {
            guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
                throw InputFailure("cannot read the hearing sheet \(path)")
            }
            // Named by its file name alone: the report never shows the engineer's folders.
            let name = URL(fileURLWithPath: path).lastPathComponent
            hearing = HearingSheetReader.read(text, source: name, checklist: checklist, timeZone: request.timeZone)
        }
        // Incident times known before the walk let the event log reader keep what surrounds them.
        let events = EventSelection(
            sources: checklist.eventSources, incidents: options.incidentDates + (hearing?.incidentTimes ?? []),
            window: TimeInterval(options.window * 60))
        let progress = ProgressLine.forStandardError()
        let examination = CaseExamination.examine(request, events: events, observing: progress)
        progress?.clear()
        return CaseAssessor.assess(
            examination, checklist: checklist, hearing: hearing, symptom: options.symptom?.symptom,
            incidentTimes: options.incidentDates, incidentWindow: TimeInterval(options.window * 60))
    }

    static func loadChecklist(path: String?, templates: String?) throws -> Checklist {
        let url: URL
        if let path {
            url = URL(fileURLWithPath: path)
        } else {
            guard let folder = TemplateFolder.locate(override: templates) else {
                let looked = TemplateFolder.candidates(override: templates).map(\.path).joined(separator: ", ")
                throw ValidationError(
                    "No Templates folder with checklists was found (looked in \(looked)); use --templates DIR.")
            }
            url = folder.appendingPathComponent(TemplateFolder.defaultChecklist)
        }
        do {
            return try ChecklistLoader.load(contentsOf: url)
        } catch let error as ChecklistError {
            throw ValidationError("The checklist cannot be used: \(error)")
        }
    }

    /// Prints one line per unreadable input to stderr and returns the exit code of the case.
    static func exitCode(for assessment: CaseAssessment, japanese: Bool) -> ExitCode {
        let examination = assessment.examination
        let given = Dictionary(
            zip(examination.inputs.map(\.path), examination.request.inputs), uniquingKeysWith: { first, _ in first })
        let lines = InputProblemLines.lines(
            for: examination.unreadableInputProblems, japanese: japanese, given: given)
        for line in lines { FileHandle.standardError.write(Data((line + "\n").utf8)) }
        if !lines.isEmpty { return ExitCode(2) }
        return assessment.isComplete ? .success : ExitCode(1)
    }
}
