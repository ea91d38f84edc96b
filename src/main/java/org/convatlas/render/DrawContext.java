package org.convatlas.render;

import java.util.Objects;
import java.util.function.Function;
import javafx.scene.text.Font;
import org.convatlas.i18n.Message;
import org.convatlas.render.image.Raster;

/**
 * What a drawing needs besides its figure: the theme's colours, the font of labels (its size is the unit every
 * drawing scales with, so that zooming the window zooms the stage), the name of each role and every other text in
 * the current language.
 *
 * @param palette   the theme's colours
 * @param font      the font of labels and numbers
 * @param roleLabel the legend's name of a role
 * @param texts       the text of a message (a caption such as "Input 5×5") in the current language
 * @param pixelScale  the device pixels per unit of the canvas drawn on: the window's render scale on a screen
 *                    (2 on a double-density display), 1 off screen
 * @param onScreen    whether the drawing is for the screen, where a frame is soon replaced, rather than for a file
 *                    (see {@link Raster#image(int, int, boolean)})
 */
public record DrawContext(Palette palette, Font font, Function<Role, String> roleLabel,
                          Function<Message, String> texts, double pixelScale, boolean onScreen) {

    public DrawContext {
        Objects.requireNonNull(palette, "palette");
        Objects.requireNonNull(font, "font");
        Objects.requireNonNull(roleLabel, "roleLabel");
        Objects.requireNonNull(texts, "texts");
        if (!(pixelScale > 0)) {
            throw new IllegalArgumentException("pixel scale must be positive (got " + pixelScale + ")");
        }
    }

    /** A context for a canvas off screen, one device pixel per unit. */
    public DrawContext(Palette palette, Font font, Function<Role, String> roleLabel,
                       Function<Message, String> texts) {
        this(palette, font, roleLabel, texts, 1, false);
    }

    /** A context whose texts are their bundle keys: for drawings that show no text but the legend's. */
    public DrawContext(Palette palette, Font font, Function<Role, String> roleLabel) {
        this(palette, font, roleLabel, Message::key);
    }

    /** The size of the label font, in pixels. */
    public double unit() {
        return font.getSize();
    }

    /**
     * The font of numbers and formulas at {@code scale} times the label size: the default family, whatever the
     * language, so that the signs of a formula ({@code ·}, {@code −}, {@code …}) keep their Latin widths and a
     * figure's numbers read alike in every language.
     */
    public Font mathFont(double scale) {
        return Font.font(Font.getDefault().getFamily(), font.getSize() * scale);
    }

    /** The text of {@code message} in the current language. */
    public String text(Message message) {
        return texts.apply(message);
    }
}
