package dev.claimdesk.ui;

import com.formdev.flatlaf.extras.FlatSVGIcon;

/** SVG icons: sharp on HiDPI screens, recoloured by FlatLaf in dark mode. */
final class Icons {
    private Icons() {}

    static FlatSVGIcon get(String name) {
        return new FlatSVGIcon("dev/claimdesk/ui/icons/" + name + ".svg");
    }

    static FlatSVGIcon get(String name, int size) {
        return new FlatSVGIcon("dev/claimdesk/ui/icons/" + name + ".svg", size, size);
    }
}
