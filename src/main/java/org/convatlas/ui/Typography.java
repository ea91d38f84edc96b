package org.convatlas.ui;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;

/**
 * The stylesheet of the window's type: the base size, which View → Zoom changes and every em in
 * {@code styles/app.css} follows, the font of the current language, and the sizes of the Ikonli icons. Icons get
 * pixel sizes here because an em in {@code -fx-icon-size} refers to the icon's own font and feeds back on itself.
 * It is a generated {@code data:} stylesheet, replaced whole when the size or the language changes.
 */
final class Typography {

    /** Icon size in menus and the inspector, in type sizes. */
    static final double ICON_SCALE = 1.25;
    /** Icon size in the transport bar, in type sizes: the buttons a teacher aims at. */
    static final double TRANSPORT_ICON_SCALE = 1.75;

    private Typography() {
    }

    /** The CSS for type {@code fontSize} pixels high, in the font of {@code language}. */
    static String css(int fontSize, Locale language) {
        String family = AppFonts.familyFor(language).map(f -> " -fx-font-family: \"" + f + "\";").orElse("");
        return ".root, .dialog-pane { -fx-font-size: " + fontSize + "px;" + family + " }\n"
                + ".ikonli-font-icon { -fx-icon-size: " + Math.round(fontSize * ICON_SCALE) + "px; }\n"
                + "." + AppStyles.TRANSPORT_BAR + " .ikonli-font-icon { -fx-icon-size: "
                + Math.round(fontSize * TRANSPORT_ICON_SCALE) + "px; }\n";
    }

    /** {@link #css} as a URL to add to a scene's stylesheets. */
    static String stylesheetUrl(int fontSize, Locale language) {
        return "data:text/css;base64," + Base64.getEncoder().encodeToString(
                css(fontSize, language).getBytes(StandardCharsets.UTF_8));
    }
}
