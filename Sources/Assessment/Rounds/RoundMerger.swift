import Foundation
import Intake

/// Makes this round's assessment the case's: each item merged with the earlier rounds' verdict
/// (``ItemMerge``), the earlier observations that still rest on kept evidence, and the rounds
/// list with this one added.
public enum RoundMerger {
    /// The merged assessment; with no history, round 1.
    /// - Parameter date: when this round is assessed.
    public static func merge(_ new: CaseAssessment, with history: CaseHistory?, date: Date) -> CaseAssessment {
        let number = history?.nextRound ?? 1
        let earlierItems = Dictionary(
            (history?.items ?? []).map { ($0.number, $0) }, uniquingKeysWith: { first, _ in first })
        var itemRounds: [Int: Int] = [:]
        var resolved: [Int] = []
        let items = new.items.map { verdict -> ItemVerdict in
            let item = verdict.item.number
            guard let earlier = earlierItems[item] else {
                itemRounds[item] = number
                if verdict.status.isSatisfied { resolved.append(item) }
                return verdict
            }
            let choice = ItemMerge.choose(
                earlier: earlier.status, new: verdict.status, newJudged: verdict.judged,
                newContradicts: verdict.findings.contains { $0.severity == .problem })
            switch choice {
            case .earlier:
                itemRounds[item] = earlier.round
                return earlier.verdict(on: verdict.item, checklist: new.checklist)
            case .new:
                itemRounds[item] = number
                if verdict.status.isSatisfied && !earlier.status.isSatisfied { resolved.append(item) }
                return verdict
            }
        }
        let open = items.filter { $0.status == .missing || $0.status == .insufficient }.map(\.item.number)
        let inputs = new.examination.inputs.map {
            CaseRound.Input(
                path: $0.path, bytes: $0.bytes, sha256: $0.sha256,
                alreadyReceivedIn: history?.round(receiving: $0.sha256))
        }
        let round = CaseRound(number: number, date: date, inputs: inputs, resolved: resolved, open: open)
        let rounds = CaseRounds(rounds: (history?.rounds ?? []) + [round], itemRounds: itemRounds)
        return CaseAssessment(
            examination: new.examination, checklist: new.checklist, symptom: new.symptom,
            incidentTimes: new.incidentTimes, hearing: new.hearing, items: items, caseFindings: new.caseFindings,
            incidentEvents: new.incidentEvents,
            correlation: correlation(
                new.correlation, earlier: history?.observations ?? [], keptItems: items, rounds: itemRounds,
                current: number),
            phrases: new.phrases, rounds: rounds)
    }

    /// This round's correlation with the earlier observations that rest on evidence still kept.
    private static func correlation(
        _ new: CaseCorrelation, earlier: [Observation], keptItems: [ItemVerdict], rounds: [Int: Int], current: Int
    ) -> CaseCorrelation {
        let kept = Set(keptItems.filter { rounds[$0.item.number, default: current] < current }.flatMap(\.evidence))
        let carried = earlier.filter { observation in
            observation.evidence.contains(where: kept.contains) && !new.observations.contains(observation)
        }
        guard !carried.isEmpty else { return new }
        return CaseCorrelation(
            normalServer: new.normalServer, mailServer: new.mailServer, coverage: new.coverage,
            timeline: new.timeline, observations: (new.observations + carried).byImportance())
    }
}
