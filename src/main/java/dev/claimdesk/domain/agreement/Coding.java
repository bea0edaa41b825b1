package dev.claimdesk.domain.agreement;

import java.util.Objects;

/**
 * One coder's label for one unit: a reviewer's verdict (label code) on a claim. A unit a coder did
 * not rate simply has no coding of theirs (a missing value).
 */
public record Coding(String unit, String coder, String label) {
    public Coding {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(coder, "coder");
        Objects.requireNonNull(label, "label");
    }
}
