package dev.claimdesk.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What someone typed into a search (the claim queue's box, the export dialog, {@code --search}),
 * read once, the same way everywhere: the words in it. A word is a run of letters, digits,
 * apostrophes and hyphens holding at least one letter or digit; punctuation, operators, control
 * characters (U+0000 included) only separate words and are never interpreted. A query without
 * words is empty: it filters nothing, wherever it is used.
 */
public record SearchQuery(List<String> words) {
    public static final SearchQuery NONE = new SearchQuery(List.of());

    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}\\p{M}'\\-]+");
    private static final Pattern HAS_LETTER_OR_DIGIT = Pattern.compile(".*[\\p{L}\\p{N}].*");

    public SearchQuery {
        words = List.copyOf(words);
    }

    /** The words of {@code text}; null or blank gives {@link #NONE}. */
    public static SearchQuery parse(String text) {
        if (text == null || text.isBlank()) {
            return NONE;
        }
        List<String> words = new ArrayList<>();
        for (String piece : SEPARATORS.split(text)) {
            if (HAS_LETTER_OR_DIGIT.matcher(piece).matches()) {
                words.add(piece);
            }
        }
        return words.isEmpty() ? NONE : new SearchQuery(words);
    }

    /** True when there is nothing to search for: every claim passes. */
    public boolean isEmpty() {
        return words.isEmpty();
    }

    /** The words joined by spaces, as shown back to the user. */
    public String text() {
        return String.join(" ", words);
    }
}
