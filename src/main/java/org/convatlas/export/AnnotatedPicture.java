package org.convatlas.export;

import java.awt.image.BufferedImage;
import java.util.List;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.Image;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import org.convatlas.lesson.Frame;
import org.convatlas.render.DrawContext;
import org.convatlas.render.StagePainter;
import org.convatlas.render.chrome.LatexImage;
import org.scilab.forge.jlatexmath.ParseException;

/**
 * One exported picture: the stage as {@link StagePainter} draws it on screen (figure and legend), with, when
 * annotated, a caption above it and the step's formula below it, so that the picture explains itself away from the
 * app. Lengths in label font sizes {@code u} ({@link ExportSettings#unit()}), from the top:
 * <pre>
 *   u margin
 *   title                       1.5 u bold, 2 u line
 *   parameters in one line      u, muted, 1.5 u line
 *   counts, joined by " · "     u, 1.5 u line
 *   stage (figure + legend)     the rest
 *   formula of the step         typeset at 1.1 u, at most 5 u high and the width less the margins
 *   u margin
 * </pre>
 * Text too long for the width is squeezed to fit.
 */
final class AnnotatedPicture {

    private static final double TITLE_SCALE = 1.5;
    private static final double TITLE_LINE = 2;
    private static final double LINE = 1.5;
    private static final double FORMULA_SCALE = 1.1;
    private static final double FORMULA_BAND = 5;
    private static final String SEPARATOR = " · ";

    private final ExportSettings settings;
    private final ExportTexts texts;
    private final DrawContext context;
    /** The last formula typeset and its picture: consecutive steps often show the same formula. */
    private String typesetLatex;
    private Image typeset;

    AnnotatedPicture(ExportTexts texts, ExportSettings settings) {
        this.settings = settings;
        this.texts = texts;
        this.context = new DrawContext(settings.palette(), Font.font(settings.fontFamily(), settings.unit()),
                texts::roleLabel, texts::text);
    }

    /** What the stage is drawn with: the palette, the label font of the export's type size, the texts. */
    DrawContext context() {
        return context;
    }

    /** Paints {@code frame} into {@code [0, width] × [0, height]} of {@code g}. */
    void paint(GraphicsContext g, Frame frame) {
        double width = settings.size().width();
        double height = settings.size().height();
        if (!settings.annotated()) {
            StagePainter.paint(g, width, height, frame.figure(), context);
            return;
        }
        double u = context.unit();
        g.setFill(settings.palette().background());
        g.fillRect(0, 0, width, height);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        double y = u;
        y = line(g, texts.title(), Font.font(settings.fontFamily(), FontWeight.BOLD, u * TITLE_SCALE), y, TITLE_LINE,
                true);
        y = line(g, texts.parameterLine(), context.font(), y, LINE, false);
        List<String> counts = texts.of(frame).counts();
        if (!counts.isEmpty()) {
            y = line(g, String.join(SEPARATOR, counts), context.font(), y, LINE, true);
        }
        double formulaBand = frame.formula().isEmpty() ? 0 : FORMULA_BAND * u;
        g.save();
        g.translate(0, y);
        StagePainter.paint(g, width, Math.max(0, height - y - formulaBand - u), frame.figure(), context);
        g.restore();
        if (formulaBand > 0) {
            formula(g, frame.formula(), height - u - formulaBand, formulaBand);
        }
    }

    /** Draws {@code text} in a line {@code lineHeight} font sizes high from {@code top}; returns the line's bottom. */
    private double line(GraphicsContext g, String text, Font font, double top, double lineHeight, boolean ink) {
        double u = context.unit();
        g.setFont(font);
        g.setFill(ink ? settings.palette().ink() : settings.palette().mutedInk());
        g.fillText(text, u, top + lineHeight * u / 2, settings.size().width() - 2 * u);
        return top + lineHeight * u;
    }

    /** The formula typeset, scaled down to fit the band, centred; its source text if it cannot be typeset. */
    private void formula(GraphicsContext g, String latex, double top, double bandHeight) {
        double u = context.unit();
        double maxWidth = settings.size().width() - 2 * u;
        try {
            if (!latex.equals(typesetLatex)) {
                BufferedImage picture = LatexImage.typeset(latex, settings.palette().ink(), FORMULA_SCALE * u);
                typeset = SwingFXUtils.toFXImage(picture, null);
                typesetLatex = latex;
            }
            double fit = Math.min(1, Math.min(maxWidth / typeset.getWidth(), bandHeight / typeset.getHeight()));
            double w = typeset.getWidth() * fit;
            double h = typeset.getHeight() * fit;
            g.drawImage(typeset, (settings.size().width() - w) / 2, top + (bandHeight - h) / 2, w, h);
        } catch (ParseException e) {
            g.setFont(context.mathFont(1));
            g.setFill(settings.palette().ink());
            g.setTextAlign(TextAlignment.CENTER);
            g.fillText(latex, settings.size().width() / 2, top + bandHeight / 2, maxWidth);
        }
    }
}
