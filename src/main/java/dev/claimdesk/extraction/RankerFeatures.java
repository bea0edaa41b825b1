package dev.claimdesk.extraction;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The sparse features of the learned ranker's n-gram model, made the same way for training and for
 * scoring: word 1- and 2-grams and character 4-grams of the lower-cased words (digits all
 * read as 0, so "278" and "311" are the same shape), plus one feature per rule reason of the
 * {@link Scorer}. Each is hashed (FNV-1a, a fixed function: the same index on every machine) into
 * {@link #BUCKETS} slots; the n-gram part has unit length, each rule reason counts 1.
 */
public final class RankerFeatures {
    /** Slots the features are hashed into. */
    public static final int BUCKETS = 1 << 18;

    /** Text beyond this many characters is not looked at (a sentence is far shorter). */
    static final int MAX_CHARS = 2000;

    /** Length of the character n-grams. */
    static final int CHAR_GRAM = 4;

    private RankerFeatures() {}

    /** Sorted distinct slots and their values. */
    public record Vector(int[] index, float[] value) {}

    /** The features of a sentence and the rule reasons it was given. */
    public static Vector of(String text, List<String> ruleReasons) {
        String t = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
        String[] words = words(t);
        int[] grams = new int[words.length * 2 + t.length() + 2 + ruleReasons.size()];
        int n = 0;
        for (int i = 0; i < words.length; i++) {
            grams[n++] = slot("w:" + words[i]);
            if (i + 1 < words.length) {
                grams[n++] = slot("b:" + words[i] + ' ' + words[i + 1]);
            }
        }
        String joined = " " + String.join(" ", words) + " ";
        for (int len = CHAR_GRAM; len <= CHAR_GRAM; len++) {
            for (int i = 0; i + len <= joined.length() && n < grams.length - ruleReasons.size(); i++) {
                grams[n++] = slot("c:" + joined.substring(i, i + len));
            }
        }
        int ngrams = n;
        int[] rules = new int[ruleReasons.size()];
        for (int i = 0; i < rules.length; i++) {
            rules[i] = slot("r:" + digitsAs(ruleReasons.get(i), '#'));
        }
        int[] sorted = Arrays.copyOf(grams, ngrams);
        Arrays.sort(sorted);
        int[] index = new int[sorted.length + rules.length];
        float[] value = new float[index.length];
        int m = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (m > 0 && index[m - 1] == sorted[i]) {
                value[m - 1]++;
            } else {
                index[m] = sorted[i];
                value[m++] = 1;
            }
        }
        double norm = 0;
        for (int i = 0; i < m; i++) {
            norm += value[i] * value[i];
        }
        float scale = norm == 0 ? 0 : (float) (1 / Math.sqrt(norm));
        for (int i = 0; i < m; i++) {
            value[i] *= scale;
        }
        // The rule reasons join in, each counting 1 (a slot shared with an n-gram adds up).
        for (int r : rules) {
            int at = Arrays.binarySearch(index, 0, m, r);
            if (at >= 0) {
                value[at] += 1;
            } else {
                int ins = -at - 1;
                System.arraycopy(index, ins, index, ins + 1, m - ins);
                System.arraycopy(value, ins, value, ins + 1, m - ins);
                index[ins] = r;
                value[ins] = 1;
                m++;
            }
        }
        return new Vector(Arrays.copyOf(index, m), Arrays.copyOf(value, m));
    }

    static String[] words(String text) {
        String lower = digitsAs(text.toLowerCase(Locale.ROOT), '0');
        return Arrays.stream(lower.split("[^\\p{L}\\p{N}']+"))
                .filter(w -> !w.isEmpty())
                .toArray(String[]::new);
    }

    private static String digitsAs(String s, char c) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            b.append(Character.isDigit(ch) ? c : ch);
        }
        return b.toString();
    }

    /** FNV-1a over the characters, folded into the slots. */
    static int slot(String feature) {
        int h = 0x811c9dc5;
        for (int i = 0; i < feature.length(); i++) {
            char c = feature.charAt(i);
            h ^= c & 0xff;
            h *= 0x01000193;
            h ^= c >>> 8;
            h *= 0x01000193;
        }
        return Math.floorMod(h, BUCKETS);
    }
}
