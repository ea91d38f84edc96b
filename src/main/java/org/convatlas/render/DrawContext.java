package org.convatlas.render;

import java.util.Objects;
import java.util.function.Function;
import javafx.scene.text.Font;

/**
 * What a drawing needs besides its figure: the theme's colours, the font of labels (its size is the unit every
 * drawing scales with, so that zooming the window zooms the stage) and the name of each role in the current
 * language.
 *
 * @param palette   the theme's colours
 * @param font      the font of labels and numbers
 * @param roleLabel the legend's name of a role
 */
public record DrawContext(Palette palette, Font font, Function<Role, String> roleLabel) {

    public DrawContext {
        Objects.requireNonNull(palette, "palette");
        Objects.requireNonNull(font, "font");
        Objects.requireNonNull(roleLabel, "roleLabel");
    }

    /** The size of the label font, in pixels. */
    public double unit() {
        return font.getSize();
    }
}
