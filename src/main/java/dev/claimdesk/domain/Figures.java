package dev.claimdesk.domain;

import java.util.Locale;

/** Rules about figures that the detector and the claim view share. */
public final class Figures {
    private Figures() {}

    /**
     * Whether two figures measure the same thing, so that a change from one to the other means
     * something: the same dimension (never a year: a count of companies is no "change" to 2022),
     * the same unit, and the same noun where both name one ("300 companies" and "400 workers" are
     * not one series).
     */
    public static boolean comparable(Quantity a, Quantity b) {
        if (a.dimension() == null || !a.dimension().equals(b.dimension()) || "year".equals(a.dimension())) {
            return false;
        }
        if (!sameUnit(a.unit(), b.unit()) && !"percent".equals(a.dimension())) {
            return false;
        }
        return sameNoun(a.noun(), b.noun());
    }

    /** Whether two nouns may name the same thing: either is unknown, or they agree but for a plural "s". */
    public static boolean sameNoun(String a, String b) {
        if (a == null || b == null) {
            return true;
        }
        String x = head(a);
        String y = head(b);
        return x.equals(y) || singular(x).equals(singular(y));
    }

    private static boolean sameUnit(String a, String b) {
        if (a == null || b == null) {
            return a == b;
        }
        return a.strip().equalsIgnoreCase(b.strip());
    }

    /** The last word of a noun phrase, lower-cased: "humanoid robots" is "robots". */
    private static String head(String noun) {
        String n = noun.strip().toLowerCase(Locale.ROOT);
        int space = n.lastIndexOf(' ');
        return space < 0 ? n : n.substring(space + 1);
    }

    private static String singular(String w) {
        if (w.endsWith("ies") && w.length() > 4) {
            return w.substring(0, w.length() - 3) + "y";
        }
        return w.endsWith("s") && !w.endsWith("ss") ? w.substring(0, w.length() - 1) : w;
    }
}
