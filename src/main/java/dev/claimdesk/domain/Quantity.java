package dev.claimdesk.domain;

/**
 * A figure parsed from a claim. {@code value} is already multiplied by its scale word ("1.5
 * billion" is 1.5e9); {@code noun} is what it measures, when the detector found it.
 */
public record Quantity(String raw, double value, String unit, String dimension, String approximation, String noun) {

    public boolean approximate() {
        return approximation != null && !approximation.isBlank();
    }
}
