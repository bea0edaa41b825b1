package dev.claimdesk.ui;

import java.awt.Color;

/** Colours stored as "#rrggbb" (verdict labels). */
final class Colors {
    private Colors() {}

    /** The colour, or a neutral grey when the text is not "#rrggbb". */
    static Color parse(String hex) {
        if (hex != null && hex.matches("#[0-9a-fA-F]{6}")) {
            return new Color(Integer.parseInt(hex.substring(1), 16));
        }
        return Color.GRAY;
    }

    static Color withAlpha(Color c, int alpha) {
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), alpha);
    }
}
