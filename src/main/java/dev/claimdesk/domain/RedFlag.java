package dev.claimdesk.domain;

import java.util.Locale;

/** A warning raised by the detector, with a stable code and an explanation for the reviewer. */
public record RedFlag(String code, String message) {

    /**
     * The short name the app shows for a flag code (the queue's red-flag filter and tooltip):
     * {@code UNIT_MISMATCH} is "unit mismatch".
     */
    public static String label(String code) {
        return code.toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
