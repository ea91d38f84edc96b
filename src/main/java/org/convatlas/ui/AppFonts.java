package org.convatlas.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.scene.text.Font;

/**
 * The fonts the app ships. Machines often have no Chinese font, so the app carries Noto Sans CJK SC cut down to the
 * characters of its bundles (see {@code tools/make-cjk-font.sh}); it also covers ASCII, so it sets whole Chinese
 * screens. JavaFX CSS takes only the first family of a list and falls back to no loaded font, so the family is
 * chosen per language instead of listed after a Latin one. The faces are loaded the first time Chinese text asks
 * for them ({@link #familyFor}), so a window in English starts without reading them.
 */
public final class AppFonts {

    /** The family name of the shipped Chinese font. */
    public static final String CJK_FAMILY = "Noto Sans CJK SC";

    /** The classpath resources of the shipped faces (Regular, Bold). */
    public static final List<String> RESOURCES = List.of(
            "/org/convatlas/fonts/NotoSansCJKsc-Regular-subset.otf",
            "/org/convatlas/fonts/NotoSansCJKsc-Bold-subset.otf");

    private AppFonts() {
    }

    private static boolean loaded;

    /** Registers the shipped faces with JavaFX, once; later calls do nothing. */
    public static synchronized void load() {
        if (loaded) {
            return;
        }
        for (String resource : RESOURCES) {
            try (InputStream in = AppFonts.class.getResourceAsStream(resource)) {
                if (in == null || Font.loadFont(in, Font.getDefault().getSize()) == null) {
                    throw new IllegalStateException("cannot load the font " + resource);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        loaded = true;
    }

    /**
     * The family to set text of {@code language} in, or empty for the theme's own font; a shipped family is loaded
     * before it is named.
     */
    public static Optional<String> familyFor(Locale language) {
        if (!"zh".equals(language.getLanguage())) {
            return Optional.empty();
        }
        load();
        return Optional.of(CJK_FAMILY);
    }
}
