package dev.claimdesk.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Seeded test texts glued from pieces chosen to hit a parser's edges, for tests that compare a
 * hand-written part of the detector with the pattern it replaces.
 */
final class GluedPieces {
    private GluedPieces() {}

    /** {@code count} texts, each of 2 to {@code 1 + maxPieces} pieces drawn with {@code random}. */
    static List<String> texts(Random random, String[] pieces, int count, int maxPieces) {
        List<String> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            StringBuilder sb = new StringBuilder();
            for (int k = 0, len = 2 + random.nextInt(maxPieces); k < len; k++) {
                sb.append(pieces[random.nextInt(pieces.length)]);
            }
            out.add(sb.toString());
        }
        return out;
    }
}
