package dev.claimdesk.ui;

import dev.claimdesk.domain.ClaimDetail;
import dev.claimdesk.domain.Evidence;
import dev.claimdesk.domain.GuardRailWarning;
import dev.claimdesk.domain.Stance;
import dev.claimdesk.domain.VerdictLabel;
import dev.claimdesk.domain.VerdictScale;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What the second reviewer approves: the claim, the proposed verdict and its rationale, who
 * proposed it, the evidence by stance, the checklist questions nobody ticked, the warnings.
 */
public record ApprovalSummary(
        int position,
        String claimText,
        String verdict,
        String rationale,
        String proposer,
        Map<Stance, Integer> evidenceByStance,
        List<String> unticked,
        List<String> warnings,
        List<String> redFlags,
        String grades) {

    public ApprovalSummary {
        evidenceByStance = Map.copyOf(evidenceByStance);
        unticked = List.copyOf(unticked);
        warnings = List.copyOf(warnings);
        redFlags = List.copyOf(redFlags);
    }

    /** As the canonical constructor, without red flags or grades. */
    public ApprovalSummary(
            int position,
            String claimText,
            String verdict,
            String rationale,
            String proposer,
            Map<Stance, Integer> evidenceByStance,
            List<String> unticked,
            List<String> warnings) {
        this(position, claimText, verdict, rationale, proposer, evidenceByStance, unticked, warnings, List.of(), "");
    }

    /** The claim's detail and the scale that names its verdict, loaded together. */
    record Loaded(ClaimDetail detail, VerdictScale scale) {}

    static ApprovalSummary of(ClaimDetail d, VerdictScale scale, List<String> questions) {
        Map<Stance, Integer> byStance = new EnumMap<>(Stance.class);
        for (Evidence e : d.evidence()) {
            byStance.merge(e.stance(), 1, Integer::sum);
        }
        String verdict = d.claim().verdictLabelId() == null
                ? "(none)"
                : scale.label(d.claim().verdictLabelId())
                        .map(VerdictLabel::name)
                        .orElse("(unknown label)");
        return new ApprovalSummary(
                d.claim().position(),
                d.claim().text(),
                verdict,
                d.claim().rationale() == null ? "" : d.claim().rationale(),
                d.claim().verdictBy(),
                byStance,
                questions.stream().filter(q -> !d.checked().contains(q)).toList(),
                d.warnings().stream().map(GuardRailWarning::message).toList(),
                dev.claimdesk.domain.RedFlag.warnings(d.claim().flags()).stream()
                        .map(dev.claimdesk.domain.RedFlag::message)
                        .toList(),
                gradesOf(d.evidence()));
    }

    /** "sources graded B, B, D" (the Admiralty grades of the evidence), or "" without evidence. */
    private static String gradesOf(List<Evidence> evidence) {
        if (evidence.isEmpty()) {
            return "";
        }
        return "sources graded "
                + String.join(
                        ", ",
                        evidence.stream()
                                .map(e -> e.reliability().name())
                                .sorted()
                                .toList());
    }

    int evidenceCount() {
        return evidenceByStance.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** "3 items: 2 refute, 1 context", or "none". */
    String evidenceWords() {
        int n = evidenceCount();
        if (n == 0) {
            return "none";
        }
        StringBuilder b = new StringBuilder(n + (n == 1 ? " item: " : " items: "));
        String sep = "";
        for (Stance s : Stance.values()) {
            Integer k = evidenceByStance.get(s);
            if (k != null) {
                b.append(sep).append(k).append(' ').append(s.label());
                sep = ", ";
            }
        }
        return grades.isEmpty() ? b.toString() : b + "; " + grades;
    }
}
