package dev.claimdesk.extraction;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Every word the detector looks up in a sentence, in one open-addressing table searched by a
 * range of the sentence's characters. Tokenising a sentence then allocates nothing for the words
 * no lexicon knows (most of them): they all become {@link #UNKNOWN}. Making a string of every word
 * of every sentence was the largest single cost of detection.
 */
final class Vocabulary {
    /** Stands for any word outside the vocabulary; equal to no word (compare with equals or ==). */
    static final String UNKNOWN = new String("\u0000not in the vocabulary");

    /** The words the detector compares tokens with, gathered from every class that does. */
    static final Vocabulary WORDS = new Vocabulary(everyKnownWord());

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

    private static Set<String> everyKnownWord() {
        Set<String> all = new LinkedHashSet<>(Lexicon.INDEX.vocabulary());
        all.addAll(Lexicon.SPEECH_VERBS);
        all.addAll(Lexicon.SPEECH_VERB_PREFIXES);
        all.addAll(Attribution.vocabulary());
        all.addAll(QuantityParser.vocabulary());
        all.addAll(RedFlags.vocabulary());
        return all;
    }
}
