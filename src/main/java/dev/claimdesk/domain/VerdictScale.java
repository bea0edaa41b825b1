package dev.claimdesk.domain;

import java.util.List;
import java.util.Optional;

/** An organisation's rating scale with its labels, best first. */
public record VerdictScale(long id, String code, String name, List<VerdictLabel> labels) {

    public VerdictScale {
        labels = List.copyOf(labels);
    }

    /** The highest ordinal of the scale (its "bestRating"), or 0 when no label is ordinal. */
    public int bestOrdinal() {
        return labels.stream()
                .filter(l -> l.ordinal() != null)
                .mapToInt(VerdictLabel::ordinal)
                .max()
                .orElse(0);
    }

    /** The lowest ordinal of the scale (its "worstRating"), or 0 when no label is ordinal. */
    public int worstOrdinal() {
        return labels.stream()
                .filter(l -> l.ordinal() != null)
                .mapToInt(VerdictLabel::ordinal)
                .min()
                .orElse(0);
    }

    public Optional<VerdictLabel> label(long labelId) {
        return labels.stream().filter(l -> l.id() == labelId).findFirst();
    }

    public Optional<VerdictLabel> labelByCode(String labelCode) {
        return labels.stream().filter(l -> l.code().equals(labelCode)).findFirst();
    }
}
