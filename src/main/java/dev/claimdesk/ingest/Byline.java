package dev.claimdesk.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A byline: "By Cheng Yu", "By Cheng Yu and Ma Si", "By CHENG YU in Beijing", "Author: Cheng Yu",
 * "By Marta Kowalczyk, Nordhaven Post". A byline is short and, after "By", holds nothing but
 * capitalised name words, name particles ("van", "de") and "and", "&" or commas between names;
 * so "By 2030 the country will…" and "By Monday, the company had…" are sentences, not bylines.
 * A name written in capitals is given in the usual case ("CHENG YU" is "Cheng Yu").
 */
final class Byline {
    /** The author(s) of a byline and, when it ends with one after a comma, the outlet. */
    record Found(String author, String outlet) {}

    private static final int MAX_LENGTH = 100;
    private static final int MAX_NAME_WORDS = 12;

    private static final Pattern BY =
            Pattern.compile("(?iu)^(?:(?:written|reported|words|story|text)\\s+)?(?:by|von|par|por)\\s+(.+)$|"
                    + "^(?:authors?|reporters?|writers?|byline)\\s*:\\s*(.+)$");
    /** "in Beijing", "in Hong Kong" after the names: where they wrote, not who they are. */
    private static final Pattern PLACE = Pattern.compile("(?u)\\s+(?:in|In|IN)\\s+\\p{Lu}[\\p{L}.'’ -]*$");

    private static final Set<String> CONNECTORS = Set.of("and", "&");
    /** Connectors of other languages, only in lower case ("Y" and "E" are initials). */
    private static final Set<String> LOWER_CONNECTORS = Set.of("und", "et", "y", "e");

    private static final Set<String> PARTICLES = Set.of(
            "de", "da", "di", "du", "del", "della", "der", "den", "van", "von", "la", "le", "bin", "binti", "al", "el",
            "dos", "das", "ter", "ten", "zu", "st.");

    /** Capitalised words that begin sentences with "By …" and are no one's name. */
    private static final Set<String> NOT_NAMES = Set.of(
            "the",
            "a",
            "an",
            "this",
            "that",
            "these",
            "those",
            "then",
            "now",
            "far",
            "contrast",
            "comparison",
            "default",
            "design",
            "law",
            "way",
            "chance",
            "mistake",
            "accident",
            "all",
            "most",
            "some",
            "many",
            "any",
            "each",
            "every",
            "both",
            "nature",
            "definition",
            "hand",
            "car",
            "train",
            "plane",
            "bus",
            "air",
            "sea",
            "road",
            "phone",
            "email",
            "mail",
            "night",
            "day",
            "noon",
            "midnight",
            "morning",
            "evening",
            "afternoon",
            "tomorrow",
            "today",
            "yesterday",
            "next",
            "last",
            "end",
            "early",
            "late",
            "mid",
            "midday",
            "using",
            "adding",
            "making",
            "taking",
            "doing",
            "having",
            "being",
            "itself",
            "he",
            "she",
            "it",
            "we",
            "they",
            "you",
            "i",
            "me",
            "us",
            "them",
            "his",
            "her",
            "its",
            "our",
            "their",
            "my",
            "your",
            "not",
            "no",
            "half",
            "percent",
            "order",
            "means",
            "virtue",
            "year",
            "month",
            "week",
            "decade",
            "century",
            "spring",
            "summer",
            "autumn",
            "fall",
            "winter");

    /** A month or a weekday alone after "By" is a deadline ("By March"), not a person. */
    private static final Set<String> DATE_WORDS = Set.of(
            "january",
            "february",
            "march",
            "april",
            "may",
            "june",
            "july",
            "august",
            "september",
            "october",
            "november",
            "december",
            "monday",
            "tuesday",
            "wednesday",
            "thursday",
            "friday",
            "saturday",
            "sunday");

    /** Words that make the part after a byline's last comma an outlet, not one more author. */
    private static final Set<String> OUTLET_WORDS = Set.of(
            "daily",
            "times",
            "news",
            "post",
            "gazette",
            "herald",
            "press",
            "journal",
            "tribune",
            "agency",
            "reuters",
            "ap",
            "afp",
            "xinhua",
            "media",
            "network",
            "magazine",
            "weekly",
            "review",
            "guardian",
            "telegraph",
            "observer",
            "chronicle",
            "standard",
            "mail",
            "express",
            "independent",
            "online",
            "wire",
            "radio",
            "tv",
            "television",
            "broadcasting",
            "bbc",
            "cnn",
            "npr",
            "bloomberg",
            "economist",
            "courier",
            "globe",
            "monitor",
            "bulletin",
            "dispatch",
            "inquirer",
            "insider");

    private Byline() {}

    /** The byline's author(s) and outlet, or null when the text is not a byline. */
    static Found parse(String text) {
        String t = text.strip();
        if (t.length() > MAX_LENGTH) {
            return null;
        }
        Matcher m = BY.matcher(t);
        if (!m.matches()) {
            return null;
        }
        String names = (m.group(1) != null ? m.group(1) : m.group(2)).strip();
        if (names.endsWith(".") && !names.matches("(?s).*\\b\\p{L}\\.$")) {
            names = names.substring(0, names.length() - 1); // a full stop after a name, not an initial
        }
        String outlet = null;
        int comma = names.lastIndexOf(',');
        if (comma > 0 && isOutletByName(names.substring(comma + 1))) {
            outlet = names.substring(comma + 1).strip();
            names = names.substring(0, comma);
        }
        String author = names(PLACE.matcher(names).replaceFirst(""));
        return author == null ? null : new Found(author, outlet);
    }

    /** Words an outlet's name is made of ("China Daily", "The New York Times"), short. */
    static boolean isOutlet(String text) {
        String t = text.strip();
        if (t.isEmpty() || t.length() > 60 || Character.isLowerCase(t.charAt(0))) {
            return false;
        }
        String[] words = t.split("\\s+");
        if (words.length > 6) {
            return false;
        }
        for (String w : words) {
            if (!w.matches("(?u)[\\p{L}\\p{N}][\\p{L}\\p{N}.'’&-]*")) {
                return false;
            }
        }
        return true;
    }

    private static boolean isOutletByName(String text) {
        if (!isOutlet(text)) {
            return false;
        }
        for (String w : text.strip().split("\\s+")) {
            if (OUTLET_WORDS.contains(w.toLowerCase(Locale.ROOT))
                    || w.toLowerCase(Locale.ROOT).endsWith(".com")) {
                return true;
            }
        }
        return false;
    }

    /** The names as they should be written, or null when the words are not names. */
    private static String names(String text) {
        List<String> tokens = new ArrayList<>();
        for (String raw : text.strip().split("\\s+")) {
            String w = raw;
            boolean comma = w.endsWith(",");
            if (comma) {
                w = w.substring(0, w.length() - 1);
            }
            if (!w.isEmpty()) {
                tokens.add(w);
            }
            if (comma) {
                tokens.add(",");
            }
        }
        if (tokens.isEmpty()) {
            return null;
        }
        boolean capitals = tokens.stream()
                .filter(w -> !isConnector(w))
                .allMatch(w -> w.chars().noneMatch(Character::isLowerCase));
        StringBuilder out = new StringBuilder();
        int nameWords = 0;
        boolean expectName = true; // at the start and after a connector, a name must come
        for (String w : tokens) {
            String lower = w.toLowerCase(Locale.ROOT);
            if (isConnector(w)) {
                if (expectName) {
                    return null;
                }
                out.append(w.equals(",") ? "," : " " + lower);
                expectName = true;
            } else if (PARTICLES.contains(w) && !expectName) {
                out.append(' ').append(w);
            } else if (isNameWord(w) && !NOT_NAMES.contains(lower)) {
                out.append(out.length() == 0 ? "" : " ").append(capitals ? usualCase(w) : w);
                nameWords++;
                expectName = false;
            } else {
                return null;
            }
        }
        if (expectName || nameWords > MAX_NAME_WORDS) {
            return null;
        }
        if (nameWords == 1 && DATE_WORDS.contains(tokens.get(0).toLowerCase(Locale.ROOT))) {
            return null;
        }
        return out.toString();
    }

    private static boolean isConnector(String w) {
        return w.equals(",") || CONNECTORS.contains(w.toLowerCase(Locale.ROOT)) || LOWER_CONNECTORS.contains(w);
    }

    /** A word of letters (and . ' ’ - inside) starting with a letter that is not lower case. */
    private static boolean isNameWord(String w) {
        if (!Character.isLetter(w.codePointAt(0)) || Character.isLowerCase(w.codePointAt(0))) {
            return false;
        }
        return w.codePoints()
                .allMatch(c -> Character.isLetter(c)
                        || Character.getType(c) == Character.NON_SPACING_MARK
                        || c == '.'
                        || c == '\''
                        || c == '’'
                        || c == '-');
    }

    /** "CHENG" to "Cheng", "O'NEIL" to "O'Neil", "JEAN-PAUL" to "Jean-Paul". */
    private static String usualCase(String w) {
        StringBuilder sb = new StringBuilder(w.length());
        boolean start = true;
        for (int i = 0; i < w.length(); ) {
            int c = w.codePointAt(i);
            sb.appendCodePoint(start ? Character.toTitleCase(c) : Character.toLowerCase(c));
            start = !Character.isLetter(c);
            i += Character.charCount(c);
        }
        return sb.toString();
    }
}
