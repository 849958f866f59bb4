import Foundation

/// Work started on a thread of its own, its value taken later: what the caller does meanwhile
/// (the walk, the other outputs of a report) overlaps it.
///
///     let templates = BesideWork { try ReportTemplates(folder: folder) }
///     let assessment = try assess(request)  // the templates load meanwhile
///     try render(assessment, with: templates.value())
///
/// Work that cannot fail (`Failure` is `Never`) gives its value without `try`.
public final class BesideWork<Value: Sendable, Failure: Error>: @unchecked Sendable {
    // Sendable by hand-over: `result` is written once by the work's thread before `done` is
    // signalled, and read only after waiting for it.
    private let done = DispatchSemaphore(value: 0)
    private var result: Result<Value, Failure>?

    public init(_ work: @escaping @Sendable () throws(Failure) -> Value) {
        Thread.detachNewThread { [self] in
            result = Result(catching: work)
            done.signal()
        }
    }

    /// The work's value once it is done, or its error; every call gives the same.
    public func value() throws(Failure) -> Value {
        done.wait()
        defer { done.signal() }
        return try result!.get()
    }
}
