package dev.claimdesk.ui;

import com.formdev.flatlaf.util.ColorFunctions;
import dev.claimdesk.domain.Claim;
import dev.claimdesk.domain.ClaimState;
import dev.claimdesk.domain.VerdictLabel;
import java.awt.Color;
import java.util.Locale;
import java.util.regex.Pattern;
import javax.swing.UIManager;

/**
 * The colours of claims, read from the theme (the {@code ClaimDesk.*} keys in
 * {@code FlatLaf.properties}, {@code FlatLightLaf.properties} and {@code FlatDarkLaf.properties}
 * beside this class), so the light and the dark theme each choose their own. A verdict keeps the
 * colour its scale gives it in the database; the theme only says how strongly it is shown.
 */
final class ClaimColours {
    private static final Pattern HEX = Pattern.compile("#[0-9a-fA-F]{6}");

    private ClaimColours() {}

    /**
     * The claim's colour in the queue's bar and the text: its verdict's colour once approved, else
     * its state's, so the text tells claims still in the workflow (a proposed verdict, one waiting
     * for review) from decided ones; the queue's verdict column shows a proposed verdict's colour.
     */
    static Color accent(Claim c, VerdictLabel verdict) {
        return verdict != null && c.state() == ClaimState.APPROVED ? verdict(verdict) : state(c.state());
    }

    /** The colour of a state (the theme's {@code ClaimDesk.claim.<state>}). */
    static Color state(ClaimState s) {
        return colour(STATE_KEYS.get(s), Color.GRAY);
    }

    /** The theme keys of the states, made once (the colours themselves are read each time: themes change). */
    private static final java.util.Map<ClaimState, String> STATE_KEYS = stateKeys();

    private static java.util.Map<ClaimState, String> stateKeys() {
        java.util.Map<ClaimState, String> keys = new java.util.EnumMap<>(ClaimState.class);
        for (ClaimState s : ClaimState.values()) {
            keys.put(s, "ClaimDesk.claim." + camel(s.name()));
        }
        return keys;
    }

    /** A verdict's colour from its scale, lightened as much as the theme asks (dark backgrounds). */
    static Color verdict(VerdictLabel l) {
        Color base = parse(l.colour());
        int lighten = UIManager.getInt("ClaimDesk.verdict.lighten");
        return lighten == 0 ? base : ColorFunctions.lighten(base, lighten / 100f);
    }

    /** The translucent background of a claim in the article text; stronger for the selected claim. */
    static Color highlight(Claim c, VerdictLabel verdict, boolean selected) {
        int percent =
                UIManager.getInt(selected ? "ClaimDesk.highlight.selectedOpacity" : "ClaimDesk.highlight.opacity");
        Color a = accent(c, verdict);
        return new Color(a.getRed(), a.getGreen(), a.getBlue(), Math.max(0, Math.min(255, percent * 255 / 100)));
    }

    /** The frame around the selected claim in the text. */
    static Color selectedOutline() {
        return colour("ClaimDesk.highlight.selectedOutline", new Color(40, 110, 230));
    }

    /** The wavy underline of a claim with red flags. */
    static Color flagUnderline() {
        return colour("ClaimDesk.highlight.flag", new Color(220, 50, 40));
    }

    /** The warning triangles of the queue's flag column. */
    static Color flagIcon() {
        return colour("ClaimDesk.flag.icon", new Color(0xE6, 0x7E, 0x00));
    }

    /** The marker behind a claim the search found. */
    static Color searchHit() {
        return colour("ClaimDesk.highlight.searchHit", new Color(255, 214, 0, 110));
    }

    /** The bar under a claim the search found. */
    static Color searchHitUnderline() {
        return colour("ClaimDesk.highlight.searchHitUnderline", new Color(230, 160, 0));
    }

    /** A colour stored as "#rrggbb" (verdict labels), or a neutral grey when it is not one. */
    static Color parse(String hex) {
        if (hex != null && HEX.matcher(hex).matches()) {
            return new Color(Integer.parseInt(hex.substring(1), 16));
        }
        return Color.GRAY;
    }

    private static Color colour(String key, Color fallback) {
        Color c = UIManager.getColor(key);
        return c == null ? fallback : c;
    }

    /** READY_FOR_REVIEW to readyForReview, as the properties name them. */
    private static String camel(String constant) {
        StringBuilder sb = new StringBuilder();
        boolean up = false;
        for (char ch : constant.toLowerCase(Locale.ROOT).toCharArray()) {
            if (ch == '_') {
                up = true;
            } else {
                sb.append(up ? Character.toUpperCase(ch) : ch);
                up = false;
            }
        }
        return sb.toString();
    }
}
