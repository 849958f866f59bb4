import Foundation
import Intake

/// The case after Intake, Recognize and Inspect: what came in and what each file is.
public struct CaseExamination: Sendable {
    public let request: CaseRequest
    public let inputs: [ReceivedInput]
    public let files: [ReceivedFile]
    /// Problems reading the inputs, for the exit code and the stderr lines.
    public let intakeProblems: [IntakeProblem]

    /// Walks the inputs and inspects every file; never throws.
    /// - Parameter visitor: wraps the examiner, e.g. to show progress; called for every entry.
    /// - Parameter events: which event log records to keep for the report (the checklist's sources,
    ///   and the incident times when they are known before the walk).
    public static func examine(
        _ request: CaseRequest, events: EventSelection = EventSelection(), observing observer: (any CaseVisitor)? = nil
    ) -> CaseExamination {
        let examiner = CaseExaminer(
            timeZone: request.timeZone, serverAddresses: request.serverAddresses, events: events)
        let walker = IntakeWalker(
            limits: request.limits, passwords: request.passwords, takesDigests: request.takesDigests)
        let visitor: any CaseVisitor = observer.map { ObservedVisitor(examiner: examiner, observer: $0) } ?? examiner
        let result = walker.walk(request.inputs, visitor: visitor)
        return CaseExamination(
            request: request, inputs: result.inputs, files: examiner.files, intakeProblems: result.problems)
    }

    /// The problems that mean an input could not be read (exit code 2).
    public var unreadableInputProblems: [IntakeProblem] { intakeProblems.filter(\.makesInputUnreadable) }
}

/// Lets an observer (the command line's progress line) see the walk without touching the examination.
private final class ObservedVisitor: CaseVisitor {
    let examiner: CaseExaminer
    let observer: any CaseVisitor

    init(examiner: CaseExaminer, observer: any CaseVisitor) {
        self.examiner = examiner
        self.observer = observer
    }

    func open(_ header: EntryHeader, head: UnsafeRawBufferPointer) -> (any EntrySink)? {
        let sink = examiner.open(header, head: head)
        let watcher = observer.open(header, head: head)
        guard let watcher else { return sink }
        guard let sink else { return watcher }
        return TeeSink(sink, watcher)
    }

    func close(_ entry: ReceivedEntry) {
        examiner.close(entry)
        observer.close(entry)
    }
}

private final class TeeSink: EntrySink {
    let first: any EntrySink
    let second: any EntrySink

    init(_ first: any EntrySink, _ second: any EntrySink) {
        self.first = first
        self.second = second
    }

    func write(_ bytes: UnsafeRawBufferPointer) {
        first.write(bytes)
        second.write(bytes)
    }

    func finish(complete: Bool) {
        first.finish(complete: complete)
        second.finish(complete: complete)
    }
}
