import Foundation
import Intake

/// What the evidence shows, all files together: who the Normal Server and the mail server are,
/// what each file covers in time, one timeline around the incident, and the observations drawn
/// from them. Knows no checklist item; the assessment reads it.
public struct CaseCorrelation: Sendable {
    /// The ServerProtect server that sends the notifications.
    public let normalServer: ServerIdentity
    /// The SMTP server named in the Internet mail alert settings.
    public let mailServer: ServerIdentity
    /// Every file with times, in walk order.
    public let coverage: [FileCoverage]
    public let timeline: CaseTimeline
    /// Problems first (`Array.byImportance`).
    public let observations: [Observation]

    public init(
        normalServer: ServerIdentity = ServerIdentity(), mailServer: ServerIdentity = ServerIdentity(),
        coverage: [FileCoverage] = [], timeline: CaseTimeline = CaseTimeline(),
        observations: [Observation] = []
    ) {
        self.normalServer = normalServer
        self.mailServer = mailServer
        self.coverage = coverage
        self.timeline = timeline
        self.observations = observations
    }

    /// The coverage of one file, if it has times.
    public func coverage(of path: CasePath) -> FileCoverage? {
        coverage.first { $0.path == path }
    }

    /// Observations of `code` about any of `paths`.
    public func observations(_ code: String, about paths: [CasePath]) -> [Observation] {
        observations.about(code, paths)
    }
}
