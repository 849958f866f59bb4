import ArgumentParser
import Assessment
import Foundation
import Intake

/// The steps every case command takes: load the checklist, examine the inputs, assess.
enum CaseRun {
    /// Assesses the case through the library's one entry point; an input that cannot be read
    /// before the walk (the password file, the hearing sheet) ends the command with one line on
    /// stderr and exit code 2, a missing or broken template with a usage error.
    /// - Parameter history: the earlier rounds of the case (`report` on a folder that has them).
    /// - Parameter takesDigests: hash every file (SHA-256) for the outputs that list digests.
    static func assess(_ given: CaseOptions, history: CaseHistory? = nil, takesDigests: Bool = true) throws
        -> CaseAssessment
    {
        var options = given
        // Times the customer wrote without a zone are read as the earlier rounds read them.
        if options.timeZone == nil { options.timeZone = history?.timeZoneName }
        do {
            var request = try options.request()
            request.takesDigests = takesDigests
            let intake = CaseIntakeOptions(
                request: request, checklist: options.checklist, templates: options.templates,
                hearing: options.hearing, symptom: options.symptom?.symptom, incidentTimes: options.incidentDates,
                window: TimeInterval(options.window * 60), history: history)
            let progress = ProgressLine.forStandardError()
            defer { progress?.clear() }
            return try CaseIntake.assess(intake, observing: progress)
        } catch let failure as InputFailure {
            FileHandle.standardError.write(Data("caseintake: \(failure)\n".utf8))
            throw ExitCode(2)
        } catch CaseIntakeError.unreadableHearingSheet(let path) {
            FileHandle.standardError.write(Data("caseintake: cannot read the hearing sheet \(path)\n".utf8))
            throw ExitCode(2)
        } catch let error as CaseIntakeError {
            throw ValidationError(error.description)
        }
    }

    /// The checklist alone, for the commands that print it.
    static func loadChecklist(path: String?, templates: String?) throws -> Checklist {
        do {
            return try CaseIntake.loadChecklist(path, templates: templates)
        } catch let error as CaseIntakeError {
            throw ValidationError(error.description)
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
