import Foundation
import Intake

/// The Correlate stage: all facts of the case together, before any checklist item is judged.
public enum Correlator {
    /// Correlates an examined case.
    /// - Parameters:
    ///   - hearing: the hearing sheet the assessment reads (its answers name the mail server).
    ///   - incident: the incident times, their window and the case's zone.
    ///   - events: event log records near the incident.
    ///   - phrases: the observations' wording.
    public static func correlate(
        _ examination: CaseExamination, hearing: HearingAnswers?, incident: IncidentWindow,
        events: [IncidentEvent], phrases: Phrasebook
    ) -> CaseCorrelation {
        let files = examination.files
        let normalServer = IdentityResolver.normalServer(
            files: files, given: examination.request.serverAddresses, source: examination.request.serverSource)
        let mailServer = IdentityResolver.mailServer(
            files: files, hearing: hearing, normalServer: normalServer,
            earlier: examination.request.earlierMailServer, source: examination.request.earlierMailServerSource)
        let evidence = CorrelationEvidence(
            files: files, hearing: hearing, incident: incident, normalServer: normalServer, mailServer: mailServer,
            coverage: FileCoverage.of(files, incidents: incident), phrases: phrases, events: events)
        let failures = SendFailure.all(in: files, events: events, zone: incident.zone)
        // The mails that brought the case have a date, but it is no time to hold against the incident.
        var observations = CoverageRule.observe(evidence, except: examination.correspondence)
        observations += IdentityRules.observe(evidence)
        observations += CaptureRules.observe(evidence)
        observations += SmtpSessionRules.observe(evidence)
        observations += SendFailureRule.observe(evidence, failures: failures)
        observations += ContradictionRule.observe(evidence, failures: failures)
        observations += TelnetRules.observe(evidence, failures: failures)
        observations += TelnetRules.nameMismatch(evidence, setting: TelnetRules.serverProtectTarget(evidence))
        observations += VersionRule.observe(evidence)
        observations += ScreenshotRule.observe(evidence)
        let anchors = incident.isKnown ? incident.times : observations.compactMap(\.time)
        let timeline = CaseTimeline.build(TimelineSources.items(evidence), anchors: anchors)
        return CaseCorrelation(
            normalServer: normalServer, mailServer: mailServer, coverage: evidence.coverage, timeline: timeline,
            observations: observations.byImportance())
    }
}
