package dev.claimdesk.extraction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * All word lexicons merged into one hash lookup per word of a sentence: a word maps to the
 * lexicons that contain it, and to the phrases that start with it. One pass over the words
 * replaces dozens of regular-expression scans.
 */
final class LexiconIndex {
    /** A phrase of a lexicon, as the letter-run words it consists of. */
    private record Phrase(int set, String[] words) {}

    private final Map<String, Long> wordMasks = new HashMap<>();
    private final Map<String, List<Phrase>> phrasesByFirstWord = new HashMap<>();
    private final int size;
    /** Bit {@code GATE + id} of a hit mask: a gate word of lexicon {@code id} occurs (see WordSet). */
    static final int GATE = 32;

    LexiconIndex(List<WordSet> sets) {
        int max = 0;
        for (WordSet ws : sets) {
            max = Math.max(max, ws.id + 1);
            for (String w : ws.words) {
                wordMasks.merge(w, 1L << ws.id, (a, b) -> a | b);
            }
            for (String w : ws.gateWords) {
                wordMasks.merge(w, 1L << (GATE + ws.id), (a, b) -> a | b);
            }
            for (String p : ws.phrases) {
                List<String> words = WordSet.wordsOf(p);
                if (words.size() == 1 && p.equals(words.get(0))) {
                    wordMasks.merge(p, 1L << ws.id, (a, b) -> a | b);
                } else if (!words.isEmpty() && digitFree(p)) {
                    phrasesByFirstWord
                            .computeIfAbsent(words.get(0), k -> new ArrayList<>())
                            .add(new Phrase(ws.id, words.toArray(String[]::new)));
                } else {
                    throw new IllegalArgumentException("phrase needs a regex: " + p);
                }
            }
        }
        size = max;
        if (size > GATE) {
            throw new IllegalStateException("at most " + GATE + " lexicons");
        }
    }

    /** Every word the index looks up: the lexicons' words, gate words and the words of phrases. */
    java.util.Set<String> vocabulary() {
        java.util.Set<String> all = new java.util.HashSet<>(wordMasks.keySet());
        for (List<Phrase> phrases : phrasesByFirstWord.values()) {
            for (Phrase p : phrases) {
                all.addAll(List.of(p.words()));
            }
        }
        return all;
    }

    private static boolean digitFree(String p) {
        for (int i = 0; i < p.length(); i++) {
            if (Character.isDigit(p.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Which lexicons' words and phrases occur in the sentence, where first, and how often. */
    static final class Hits {
        long mask;
        final int[] first;
        final int[] firstEnd;
        final int[] count;

        Hits(int size) {
            first = new int[size];
            firstEnd = new int[size];
            count = new int[size];
            java.util.Arrays.fill(first, -1);
        }

        void hit(int set, int at, int end) {
            mask |= 1L << set;
            if (first[set] < 0 || at < first[set]) {
                first[set] = at;
                firstEnd[set] = end;
            }
            count[set]++;
        }
    }

    Hits scan(String lower, List<String> tokens, int[] starts) {
        Hits h = new Hits(size);
        for (int i = 0; i < tokens.size(); i++) {
            String t = tokens.get(i);
            if (t == Vocabulary.UNKNOWN) {
                continue; // in no lexicon: every lexicon word is in the vocabulary
            }
            Long m = wordMasks.get(t);
            if (m != null) {
                long bits = m;
                while (bits != 0) {
                    int set = Long.numberOfTrailingZeros(bits);
                    if (set >= GATE) {
                        h.mask |= 1L << set;
                    } else {
                        h.hit(set, starts[i], starts[i] + t.length());
                    }
                    bits &= bits - 1;
                }
            }
            List<Phrase> phrases = phrasesByFirstWord.get(t);
            if (phrases != null) {
                for (Phrase p : phrases) {
                    if (matchesAt(tokens, i, p.words())) {
                        int last = i + p.words().length - 1;
                        h.hit(
                                p.set(),
                                starts[i],
                                starts[last] + tokens.get(last).length());
                    }
                }
            }
        }
        return h;
    }

    private static boolean matchesAt(List<String> tokens, int i, String[] words) {
        if (i + words.length > tokens.size()) {
            return false;
        }
        for (int k = 0; k < words.length; k++) {
            if (!tokens.get(i + k).equals(words[k])) {
                return false;
            }
        }
        return true;
    }
}
