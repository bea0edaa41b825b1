package dev.claimdesk.extraction;

import java.lang.invoke.MethodHandles;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Every word the detector looks up in a sentence, in one open-addressing table searched by a
 * range of the sentence's characters. Tokenising a sentence then allocates nothing for the words
 * no lexicon knows (most of them): they all become {@link #UNKNOWN}. Making a string of every word
 * of every sentence was the largest single cost of detection.
 *
 * <p>A grammar that compares tokens with a set of words makes that set with {@link #known}: the
 * set joins the detector's vocabulary by being made, so no list of sets can miss one. The
 * vocabulary is built on first use, after every class of {@link #GRAMMARS} is initialised; a set
 * made later (a grammar missing from that list) is refused at once rather than never matching.
 */
final class Vocabulary {
    /** Stands for any word outside the vocabulary; equal to no word (compare with equals or ==). */
    static final String UNKNOWN = new String("\u0000not in the vocabulary");

    /**
     * The classes that make word sets with {@link #known}, initialised before the vocabulary is
     * built. {@code VocabularyTest} checks that every caller of {@link #known} is here.
     */
    static final List<Class<?>> GRAMMARS =
            List.of(Lexicon.class, Attribution.class, QuantityParser.class, ChangeArithmetic.class, RedFlags.class);

    /** Every word made known so far; guarded by itself. */
    private static final Set<String> KNOWN = new LinkedHashSet<>();

    private static boolean built;

    private final String[] table;
    private final int mask;

    Vocabulary(Collection<String> words) {
        int capacity = Integer.highestOneBit(Math.max(16, words.size() * 4) - 1) << 1;
        table = new String[capacity];
        mask = capacity - 1;
        for (String w : words) {
            int at = spread(w.hashCode()) & mask;
            while (table[at] != null && !table[at].equals(w)) {
                at = (at + 1) & mask;
            }
            table[at] = w;
        }
    }

    /**
     * The vocabulary's own string equal to {@code s[start, end)}, or {@link #UNKNOWN}. {@code hash}
     * is that range's {@link String#hashCode()} (callers compute it while scanning the word).
     */
    String find(String s, int start, int end, int hash) {
        int length = end - start;
        for (int at = spread(hash) & mask; ; at = (at + 1) & mask) {
            String w = table[at];
            if (w == null) {
                return UNKNOWN;
            }
            if (w.hashCode() == hash && w.length() == length && s.regionMatches(start, w, 0, length)) {
                return w;
            }
        }
    }

    /**
     * The vocabulary's own string equal to {@code s[start, end)} lower-cased as {@link
     * String#toLowerCase(Locale)} with {@link Locale#ROOT} would, or {@link #UNKNOWN}. ASCII
     * ranges are folded in place; any other range is lower-cased as a string first.
     */
    String findLowerCased(String s, int start, int end) {
        int hash = 0;
        for (int i = start; i < end; i++) {
            char c = s.charAt(i);
            if (c >= 128) {
                String w = s.substring(start, end).toLowerCase(Locale.ROOT);
                return find(w, 0, w.length(), w.hashCode());
            }
            hash = 31 * hash + (c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
        }
        int length = end - start;
        for (int at = spread(hash) & mask; ; at = (at + 1) & mask) {
            String w = table[at];
            if (w == null) {
                return UNKNOWN;
            }
            if (w.hashCode() == hash && w.length() == length && s.regionMatches(true, start, w, 0, length)) {
                return w;
            }
        }
    }

    private static int spread(int h) {
        return h ^ (h >>> 16);
    }

    /** The words the detector compares tokens with: every set made with {@link #known}, and every lexicon's. */
    static Vocabulary detector() {
        return Detector.WORDS;
    }

    /**
     * A set of words a grammar compares tokens with, made known to the detector's vocabulary. An
     * entry of several words ("a thousand") makes each of its words known.
     *
     * @throws IllegalStateException when the vocabulary is already built: the calling class is
     *     missing from {@link #GRAMMARS}
     */
    static Set<String> known(Collection<String> words) {
        Set<String> set = Set.copyOf(words);
        synchronized (KNOWN) {
            if (built) {
                throw new IllegalStateException("a word set was made after the detector's vocabulary was built"
                        + " (its first words: " + List.copyOf(set).subList(0, Math.min(3, set.size()))
                        + "): add its class to Vocabulary.GRAMMARS");
            }
            for (String entry : set) {
                KNOWN.addAll(List.of(entry.split(" ")));
            }
        }
        return set;
    }

    /** The map given, its keys made {@link #known(Collection) known}. */
    static <V> java.util.Map<String, V> knownKeys(java.util.Map<String, V> map) {
        known(map.keySet());
        return map;
    }

    /** {@link #known(Collection)} of the words given. */
    static Set<String> known(String... words) {
        return known(List.of(words));
    }

    /** Holds the detector's vocabulary, built on first use after every grammar has made its sets. */
    private static final class Detector {
        static final Vocabulary WORDS = build();

        private static Vocabulary build() {
            for (Class<?> grammar : GRAMMARS) {
                try {
                    MethodHandles.lookup().ensureInitialized(grammar);
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException("cannot initialise " + grammar.getName(), e);
                }
            }
            synchronized (KNOWN) {
                built = true;
                Set<String> all = new LinkedHashSet<>(Lexicon.INDEX.vocabulary());
                all.addAll(KNOWN);
                return new Vocabulary(all);
            }
        }
    }
}
