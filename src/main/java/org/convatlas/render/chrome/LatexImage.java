package org.convatlas.render.chrome;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import javafx.scene.paint.Color;
import org.scilab.forge.jlatexmath.TeXConstants;
import org.scilab.forge.jlatexmath.TeXFormula;
import org.scilab.forge.jlatexmath.TeXIcon;

/**
 * A LaTeX formula typeset by JLaTeXMath into a picture with a transparent background, for the inspector and for
 * exports alike. Works without a display.
 */
public final class LatexImage {

    private LatexImage() {
    }

    /**
     * {@code latex} typeset in display style in {@code color}, its body text {@code size} pixels high; at least one
     * pixel wide and high.
     *
     * @throws org.scilab.forge.jlatexmath.ParseException if JLaTeXMath cannot read the formula
     */
    public static BufferedImage typeset(String latex, Color color, double size) {
        TeXIcon icon = new TeXFormula(latex).createTeXIcon(TeXConstants.STYLE_DISPLAY, (float) size);
        icon.setForeground(new java.awt.Color((float) color.getRed(), (float) color.getGreen(),
                (float) color.getBlue()));
        BufferedImage picture = new BufferedImage(Math.max(1, icon.getIconWidth()), Math.max(1, icon.getIconHeight()),
                BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = picture.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        icon.paintIcon(null, g, 0, 0);
        g.dispose();
        return picture;
    }
}
