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
 * chosen per language instead of listed after a Latin one.
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

    /** Registers the shipped faces with JavaFX; call before the first scene is styled. */
    public static void load() {
        for (String resource : RESOURCES) {
            try (InputStream in = AppFonts.class.getResourceAsStream(resource)) {
                if (in == null || Font.loadFont(in, Font.getDefault().getSize()) == null) {
                    throw new IllegalStateException("cannot load the font " + resource);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** The family to set text of {@code language} in, or empty for the theme's own font. */
    public static Optional<String> familyFor(Locale language) {
        return "zh".equals(language.getLanguage()) ? Optional.of(CJK_FAMILY) : Optional.empty();
    }
}
