package dev.claimdesk.domain;

import java.util.ArrayList;
import java.util.List;

/** Pure checks of a verdict against its evidence (design.md section 2, step 5). */
public final class VerdictGuardRails {

    private VerdictGuardRails() {}

    public static List<GuardRailWarning> check(VerdictLabel label, VerdictScale scale, List<Evidence> evidence) {
        List<GuardRailWarning> warnings = new ArrayList<>();
        if (label == null || label.meansNotAClaim()) {
            return warnings;
        }
        if (evidence.isEmpty()) {
            warnings.add(new GuardRailWarning(
                    GuardRailWarning.Code.NO_EVIDENCE,
                    "This verdict rests on no evidence. Add the sources you checked."));
            return warnings;
        }
        if (evidence.stream().allMatch(e -> e.reliability().isWeak())) {
            warnings.add(new GuardRailWarning(
                    GuardRailWarning.Code.ONLY_WEAK_EVIDENCE,
                    "All evidence is graded D, E or F (weak or unjudged). Look for a more reliable source."));
        }
        long sources = evidence.stream().map(Evidence::sourceKey).distinct().count();
        if (sources == 1) {
            warnings.add(new GuardRailWarning(
                    GuardRailWarning.Code.SINGLE_SOURCE,
                    "The verdict rests on a single source. A second, independent source makes it stronger."));
        }
        String contradiction = contradiction(label, scale, evidence);
        if (contradiction != null) {
            warnings.add(new GuardRailWarning(GuardRailWarning.Code.CONTRADICTS_EVIDENCE, contradiction));
        }
        return warnings;
    }

    private static String contradiction(VerdictLabel label, VerdictScale scale, List<Evidence> evidence) {
        if (label.ordinal() == null) {
            return null;
        }
        long supports =
                evidence.stream().filter(e -> e.stance() == Stance.SUPPORTS).count();
        long refutes =
                evidence.stream().filter(e -> e.stance() == Stance.REFUTES).count();
        int best = scale.bestOrdinal();
        int worst = scale.worstOrdinal();
        // Compare twice the ordinal with best + worst, so "half true" sits exactly in the middle.
        int position = 2 * label.ordinal() - (best + worst);
        if (position > 0 && refutes > supports) {
            return "The verdict \"" + label.name() + "\" leans true, but most evidence refutes the claim (" + refutes
                    + " refuting, " + supports + " supporting).";
        }
        if (position < 0 && supports > refutes) {
            return "The verdict \"" + label.name() + "\" leans false, but most evidence supports the claim (" + supports
                    + " supporting, " + refutes + " refuting).";
        }
        return null;
    }
}
