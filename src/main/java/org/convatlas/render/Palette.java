package org.convatlas.render;

import javafx.scene.paint.Color;

/**
 * The colours of a drawing that depend on the theme: the background, text, lines and the hatching of padding.
 * Role colours are the same in every palette ({@link Role#rgb()}).
 *
 * @param background the stage's background
 * @param ink        text and outlines
 * @param mutedInk   secondary text (indices, captions)
 * @param gridLine   lines between cells
 * @param hatch      the hatching of padding cells
 */
public record Palette(Color background, Color ink, Color mutedInk, Color gridLine, Color hatch) {

    /** How strongly a role's colour tints the cells it fills, so that the numbers on them stay readable. */
    public static final double TINT_OPACITY = 0.28;

    /** How far text in a role's colour moves towards the ink; see {@link #text(Role)}. */
    public static final double TEXT_INK_SHARE = 0.35;

    /** For light themes: GitHub Primer's light greys. */
    public static final Palette LIGHT = new Palette(Color.web("#ffffff"), Color.web("#1f2328"),
            Color.web("#656d76"), Color.web("#d0d7de"), Color.web("#8c959f"));

    /** For dark themes: GitHub Primer's dark greys. */
    public static final Palette DARK = new Palette(Color.web("#0d1117"), Color.web("#e6edf3"),
            Color.web("#7d8590"), Color.web("#484f58"), Color.web("#6e7681"));

    /** The colour of {@code role}. */
    public Color color(Role role) {
        return Color.rgb((role.rgb() >> 16) & 0xFF, (role.rgb() >> 8) & 0xFF, role.rgb() & 0xFF);
    }

    /** The fill of a cell in {@code role}: its colour laid at {@link #TINT_OPACITY} over the background. */
    public Color tint(Role role) {
        return background.interpolate(color(role), TINT_OPACITY);
    }

    /**
     * Text in the colour of {@code role}: the role's colour mixed {@link #TEXT_INK_SHARE} of the way towards the ink,
     * so that orange and green stay readable on a white background and blue on a black one.
     */
    public Color text(Role role) {
        return color(role).interpolate(ink, TEXT_INK_SHARE);
    }
}
