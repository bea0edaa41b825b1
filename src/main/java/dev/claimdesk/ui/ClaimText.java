package dev.claimdesk.ui;

import dev.claimdesk.domain.Claim;
import dev.claimdesk.domain.ClaimState;
import dev.claimdesk.domain.Evidence;
import dev.claimdesk.domain.HistoryEntry;
import dev.claimdesk.domain.Quantity;
import dev.claimdesk.domain.RedFlag;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** The words the claim tabs show: a claim described, its checklist, the cells of its evidence and history. */
final class ClaimText {
    private ClaimText() {}

    /**
     * The claim in words: text, who said it, why it was proposed, figures, red flags, the checklist.
     * The arithmetic of a change is the detector's change-arithmetic flag, worked out from how the
     * sentence pairs its figures ("X, up from Y" runs from Y to X); this text computes none of its
     * own, which had read a list of shares or prices as a change.
     */
    static String describe(Claim c) {
        StringBuilder sb = new StringBuilder();
        sb.append(c.text().strip()).append("\n");
        if (c.claimant() != null) {
            sb.append("\nSaid by: ").append(c.claimant());
        }
        sb.append("\nState: ").append(c.state().label());
        if (c.dismissReason() != null) {
            sb.append(" (").append(c.dismissReason().label()).append(')');
        }
        if (c.duplicateOf() != null) {
            sb.append(", a duplicate of another claim");
        }
        if (!c.reasons().isEmpty()) {
            sb.append("\n\nWhy proposed (score ")
                    .append(String.format(Locale.ROOT, "%.2f", c.checkworthiness()))
                    .append("): ")
                    .append(String.join("; ", c.reasons()))
                    .append('.');
        }
        if (!c.quantities().isEmpty()) {
            sb.append("\n\nFigures:");
            for (Quantity q : c.quantities()) {
                boolean year = "year".equals(q.dimension());
                sb.append("\n  • ")
                        .append(q.raw())
                        .append(" = ")
                        .append(year ? String.valueOf((long) q.value()) : number(q.value()));
                if (q.unit() != null && !q.unit().isBlank()) {
                    sb.append(' ').append(q.unit());
                }
                if (q.dimension() != null && !q.dimension().isBlank()) {
                    sb.append(" (").append(q.dimension()).append(')');
                }
                if (q.approximate()) {
                    sb.append(", approximate: \"").append(q.approximation()).append('"');
                }
            }
        }
        for (RedFlag f : c.flags()) {
            if (f.note()) {
                sb.append("\n  ").append(f.message()); // a change's arithmetic, below its figures
            }
        }
        List<RedFlag> warnings = RedFlag.warnings(c.flags());
        if (!warnings.isEmpty()) {
            sb.append("\n\nRed flags:");
            for (RedFlag f : warnings) {
                sb.append("\n  ⚠ ").append(f.message());
            }
        }
        return sb.toString();
    }

    private static String number(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return String.format(Locale.ROOT, "%,d", (long) v);
        }
        return String.format(Locale.ROOT, "%,.2f", v);
    }

    /** The questions a careful checker asks for the claim's kinds. */
    static List<String> checklist(Claim c) {
        return dev.claimdesk.domain.Checklist.questionsFor(c);
    }

    static Object evidenceCell(Evidence e, int column) {
        return switch (column) {
            case 0 -> e.stance().label();
            case 1 -> firstOf(e.title(), e.url(), e.attachmentPath(), e.quote());
            case 2 -> firstOf(e.publisher());
            case 3 -> e.sourceType() == null ? "" : e.sourceType().label();
            case 4 -> e.reliability().name();
            default -> e.publishedOn() == null ? "" : e.publishedOn().toString();
        };
    }

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH);

    /** Claim, verdict and date, where (an article, or the publisher of a fact-check), what agrees. */
    static Object similarCell(dev.claimdesk.domain.SimilarClaim m, int column) {
        return switch (column) {
            case 0 -> m.text();
            case 1 ->
                (m.verdict() == null ? "no verdict yet" : m.verdict())
                        + (m.date() == null ? "" : ", " + DAY.format(m.date()))
                        + (m.checkedBy() == null || m.checkedBy().isBlank() ? "" : ", by " + m.checkedBy());
            case 2 ->
                m.isDeskClaim()
                        ? firstOf(m.source(), "an untitled article")
                        : "Fact-check" + (m.source() == null || m.source().isBlank() ? "" : " by " + m.source());
            default -> firstOf(m.agreement());
        };
    }

    private static String firstOf(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return "";
    }

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT).withZone(ZoneId.systemDefault());

    static Object historyCell(HistoryEntry e, int column) {
        return switch (column) {
            case 0 -> WHEN.format(e.at());
            case 1 -> e.actor();
            case 2 -> e.action();
            case 3 -> stateName(e.fromState());
            case 4 -> stateName(e.toState());
            default -> e.detail() == null ? "" : e.detail();
        };
    }

    private static String stateName(String state) {
        if (state == null) {
            return "";
        }
        try {
            return ClaimState.valueOf(state).label();
        } catch (IllegalArgumentException e) {
            return state;
        }
    }
}
