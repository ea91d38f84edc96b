package org.convatlas.export;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.Image;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import org.convatlas.lesson.Frame;
import org.convatlas.render.DrawContext;
import org.convatlas.render.StagePainter;
import org.convatlas.render.chrome.LatexImage;
import org.scilab.forge.jlatexmath.ParseException;

/**
 * One exported picture: the stage as {@link StagePainter} draws it on screen (figure and legend), with, when
 * annotated, the title, parameters and counts above it and the step's formula below it, so that the picture explains
 * itself away from the app. {@link PictureLayout} says where each part goes.
 */
final class AnnotatedPicture {

    private final ExportSettings settings;
    private final ExportTexts texts;
    private final PictureLayout layout;
    private final DrawContext context;
    /** The last formula typeset and its picture: consecutive steps often show the same formula. */
    private String typesetLatex;
    private Image typeset;

    /**
     * The pictures of an export; the counts and formulas of {@code samples} (the first and last frames it shows)
     * set the room kept for them.
     */
    AnnotatedPicture(ExportTexts texts, ExportSettings settings, List<Frame> samples) {
        this.settings = settings;
        this.texts = texts;
        this.layout = PictureLayout.of(texts, settings, samples, latex -> formulaHeight(latex, settings));
        this.context = new DrawContext(settings.palette(), Font.font(settings.fontFamily(), layout.unit()),
                texts::roleLabel, texts::text);
    }

    /** What the stage is drawn with: the palette, the label font, the texts. */
    DrawContext context() {
        return context;
    }

    /** Where the parts go. */
    PictureLayout layout() {
        return layout;
    }

    /**
     * A line of text as drawn.
     *
     * @param text  what it says
     * @param font  its font
     * @param top   the top of its line, in pixels
     * @param lineHeight the height of its line, in pixels
     * @param muted whether it is in the muted ink
     */
    record TextLine(String text, Font font, double top, double lineHeight, boolean muted) {
    }

    /** The lines of text over the stage for {@code frame}: the title's, the parameters', the counts'. */
    List<TextLine> heading(Frame frame) {
        List<TextLine> lines = new ArrayList<>();
        if (!settings.annotated()) {
            return lines;
        }
        double t = layout.unit();
        double top = t;
        top = add(lines, layout.title(), layout.titleFont(settings), top, PictureLayout.TITLE_LINE * t, false);
        top = add(lines, layout.parameters(), layout.textFont(settings), top, PictureLayout.LINE * t, true);
        PictureLayout.WrappedLines counts = layout.counts(texts.of(frame).counts(), settings);
        add(lines, counts.lines(), counts.font(), top, counts.lineHeight(), false);
        return lines;
    }

    private static double add(List<TextLine> lines, List<String> texts, Font font, double top, double lineHeight,
                              boolean muted) {
        for (String text : texts) {
            lines.add(new TextLine(text, font, top, lineHeight, muted));
            top += lineHeight;
        }
        return top;
    }

    /** Paints {@code frame} into {@code [0, width] × [0, height]} of {@code g}. */
    void paint(GraphicsContext g, Frame frame) {
        double width = settings.size().width();
        double height = settings.size().height();
        g.setFill(settings.palette().background());
        g.fillRect(0, 0, width, height);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        for (TextLine line : heading(frame)) {
            g.setFont(line.font());
            g.setFill(line.muted() ? settings.palette().mutedInk() : settings.palette().ink());
            g.fillText(line.text(), layout.unit(), line.top() + line.lineHeight() / 2);
        }
        g.save();
        g.translate(0, layout.stageTop());
        StagePainter.paint(g, width, layout.stageHeight(), frame.figure(), context);
        g.restore();
        if (layout.formulaBand() > 0 && !frame.formula().isEmpty()) {
            formula(g, frame.formula(), height - layout.unit() - layout.formulaBand(), layout.formulaBand());
        }
    }

    /** The formula typeset, scaled down to fit the band, centred; its source text if it cannot be typeset. */
    private void formula(GraphicsContext g, String latex, double top, double bandHeight) {
        double t = layout.unit();
        double maxWidth = settings.size().width() - 2 * t;
        try {
            if (!latex.equals(typesetLatex)) {
                BufferedImage picture = LatexImage.typeset(latex, settings.palette().ink(),
                        PictureLayout.FORMULA_SCALE * t);
                typeset = SwingFXUtils.toFXImage(picture, null);
                typesetLatex = latex;
            }
            double fit = Math.min(1, Math.min(maxWidth / typeset.getWidth(), bandHeight / typeset.getHeight()));
            double w = typeset.getWidth() * fit;
            double h = typeset.getHeight() * fit;
            g.drawImage(typeset, (settings.size().width() - w) / 2, top + (bandHeight - h) / 2, w, h);
        } catch (ParseException e) {
            g.setFont(Font.font(Font.getDefault().getFamily(), t));
            g.setFill(settings.palette().ink());
            g.setTextAlign(TextAlignment.CENTER);
            g.fillText(latex, settings.size().width() / 2, top + bandHeight / 2, maxWidth);
        }
    }

    /** How high {@code latex} is typeset at 1.1 label sizes, in label sizes; a line for a formula that cannot be. */
    private static double formulaHeight(String latex, ExportSettings settings) {
        double u = settings.unit();
        try {
            return LatexImage.typeset(latex, settings.palette().ink(), PictureLayout.FORMULA_SCALE * u).getHeight()
                    / u;
        } catch (ParseException e) {
            return PictureLayout.LINE;
        }
    }
}
