package dev.claimdesk.ui;

import com.formdev.flatlaf.FlatDarkLaf;
import com.formdev.flatlaf.FlatLaf;
import com.formdev.flatlaf.FlatLightLaf;
import com.formdev.flatlaf.extras.FlatAnimatedLafChange;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Light and dark look, as FlatLaf's author sets them up. Call on the EDT. */
enum Theme {
    LIGHT,
    DARK;

    private static final Logger LOG = LoggerFactory.getLogger(Theme.class);
    static final String SETTING = "theme";

    static Theme parse(String value) {
        try {
            return value == null ? LIGHT : valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            LOG.warn("Unknown theme '{}' in settings; using light", value);
            return LIGHT;
        }
    }

    /** Installs the look and feel; falls back to light on any error, as FlatLaf's demo does. */
    void install() {
        boolean ok = this == DARK ? FlatDarkLaf.setup() : FlatLightLaf.setup();
        if (!ok && this == DARK) {
            LOG.warn("Dark theme failed to install; using light");
            FlatLightLaf.setup();
        }
        HtmlGuard.install();
    }

    /** Switches a running UI with FlatLaf's animated change. */
    void switchTo() {
        FlatAnimatedLafChange.showSnapshot();
        install();
        FlatLaf.updateUI();
        FlatAnimatedLafChange.hideSnapshotWithAnimation();
    }

    static Theme current() {
        return FlatLaf.isLafDark() ? DARK : LIGHT;
    }
}
