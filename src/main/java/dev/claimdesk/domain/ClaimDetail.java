package dev.claimdesk.domain;

import java.util.List;

/**
 * Everything the claim detail shows, loaded together: the claim, its evidence, its history, the
 * guard-rail warnings about its verdict, when it was sent back the latest return, and the
 * checklist questions ticked for it.
 */
public record ClaimDetail(
        Claim claim,
        List<Evidence> evidence,
        List<HistoryEntry> history,
        List<GuardRailWarning> warnings,
        Review lastReturn,
        List<String> checked) {

    public ClaimDetail {
        evidence = List.copyOf(evidence);
        history = List.copyOf(history);
        warnings = List.copyOf(warnings);
        checked = List.copyOf(checked);
    }
}
