package org.convatlas.export;

import java.util.List;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import org.convatlas.lesson.Frame;
import org.convatlas.render.chrome.WrappedText;

/**
 * Where an exported picture puts its parts, made once for a whole export. Lengths in text sizes {@code t}, from the
 * top of an annotated picture:
 * <pre>
 *   t margin
 *   title                            1.5 t bold, lines 2 t apart
 *   parameters, " · " between them   t, muted, lines 1.5 t apart
 *   counts, " · " between them       t, lines 1.5 t apart
 *   stage (figure + legend)          the rest
 *   formula of the step              typeset at 1.1 t, as high as it is up to 6 t
 *   t margin
 * </pre>
 * Each text wraps onto as many lines as the width less the margins needs ({@link WrappedText}): nothing is narrowed.
 * The text size {@code t} is the export's label size {@code u} ({@link ExportSettings#unit()}) when the texts take at
 * most {@link #TEXT_SHARE} of the height at that size; else (long counts on a small picture at a large type scale) it
 * is the largest size that fits, down to that of the smallest type scale. The stage's own labels are {@code u} too,
 * but at most 1/{@link #STAGE_UNITS} of the stage's height, so that its grids keep room between their captions, strip
 * and legend. A picture without annotations is all stage.
 *
 * <p>The counts and formula change from frame to frame: they keep the lines and band of the tallest among sample
 * frames (the first and last of an animation, whose numbers are the longest), so that an animation's stage stays
 * still; a frame whose counts need more lines than that sets them smaller ({@link #counts}).
 *
 * @param textUnit    {@code t}, in pixels
 * @param title       the title's lines
 * @param parameters  the parameter line's lines
 * @param countLines  the lines kept for the counts
 * @param formulaBand the height of the formula's band, in pixels; 0 for none
 * @param stageTop    where the stage starts, in pixels from the top
 * @param stageHeight the stage's height, in pixels
 * @param stageUnit   the label size of the stage, in pixels
 */
record PictureLayout(double textUnit, List<String> title, List<String> parameters, int countLines,
                     double formulaBand, double stageTop, double stageHeight, double stageUnit) {

    static final double TITLE_SCALE = 1.5;
    static final double TITLE_LINE = 2;
    static final double LINE = 1.5;
    static final double FORMULA_SCALE = 1.1;
    /** The formula's band at most, in text sizes. */
    static final double FORMULA_BAND = 6;
    /** The share of the height the texts take at most before their size is lowered. */
    static final double TEXT_SHARE = 0.45;
    /** The stage is at least this many of its label sizes high. */
    static final double STAGE_UNITS = 18;
    /** How much smaller each try at fitting the texts sets them. */
    private static final double SHRINK = 0.9;

    /**
     * The layout of {@code settings}' pictures with {@code texts}, the counts and formulas of {@code samples} kept
     * room for.
     *
     * @param formulaHeight the height of a formula typeset at 1.1 label sizes, in label sizes
     */
    static PictureLayout of(ExportTexts texts, ExportSettings settings, List<Frame> samples,
                            FormulaHeight formulaHeight) {
        double height = settings.size().height();
        double u = settings.unit();
        if (!settings.annotated()) {
            return new PictureLayout(u, List.of(), List.of(), 0, 0, 0, height, Math.min(u, height / STAGE_UNITS));
        }
        double formula = samples.stream().map(Frame::formula).filter(f -> !f.isEmpty())
                .mapToDouble(f -> Math.min(FORMULA_BAND, formulaHeight.of(f))).max().orElse(0);
        List<List<String>> counts = samples.stream().map(texts::of).map(ExportTexts.FrameTexts::counts).toList();
        double least = ExportSettings.MIN_SCALE * ExportSettings.BASE_UNIT_SHARE * height;
        double t = u;
        while (true) {
            double width = textWidth(settings, t);
            Font font = textFont(settings, t);
            List<String> title = WrappedText.lines(List.of(texts.title()), "", titleFont(settings, t), width);
            List<String> parameters = WrappedText.lines(texts.parameters(), ParameterLine.SEPARATOR, font, width);
            int countLines = counts.stream().mapToInt(c -> wrap(c, font, width).size()).max()
                    .orElse(0);
            double stageTop = t + (title.size() * TITLE_LINE + (parameters.size() + countLines) * LINE) * t;
            double band = formula * t;
            double stageHeight = Math.max(0, height - stageTop - band - t);
            if (height - stageHeight <= TEXT_SHARE * height || t <= least) {
                return new PictureLayout(t, title, parameters, countLines, band, stageTop, stageHeight,
                        Math.min(u, stageHeight / STAGE_UNITS));
            }
            t = Math.max(least, t * SHRINK);
        }
    }

    /** How high a formula typeset at {@link #FORMULA_SCALE} label sizes is, in label sizes. */
    @FunctionalInterface
    interface FormulaHeight {
        double of(String latex);
    }

    /**
     * The lines of {@code counts}, at the text size when they fit the lines kept for them, else at the largest size
     * at which they do.
     */
    WrappedLines counts(List<String> counts, ExportSettings settings) {
        double size = textUnit;
        double width = textWidth(settings, textUnit);
        double kept = countLines * LINE * textUnit;
        while (true) {
            Font font = textFont(settings, size);
            List<String> lines = wrap(counts, font, width);
            if (lines.size() * LINE * size <= kept || size < 1) {
                return new WrappedLines(lines, font, LINE * size);
            }
            size *= SHRINK;
        }
    }

    /** Lines of text in a font, {@code lineHeight} pixels apart. */
    record WrappedLines(List<String> lines, Font font, double lineHeight) {
    }

    /** The title's font. */
    Font titleFont(ExportSettings settings) {
        return titleFont(settings, textUnit);
    }

    /** The font of the parameters and counts. */
    Font textFont(ExportSettings settings) {
        return textFont(settings, textUnit);
    }

    private static List<String> wrap(List<String> counts, Font font, double width) {
        return WrappedText.lines(counts, ParameterLine.SEPARATOR, font, width);
    }

    private static double textWidth(ExportSettings settings, double t) {
        return settings.size().width() - 2 * t;
    }

    private static Font titleFont(ExportSettings settings, double t) {
        return Font.font(settings.fontFamily(), FontWeight.BOLD, TITLE_SCALE * t);
    }

    private static Font textFont(ExportSettings settings, double t) {
        return Font.font(settings.fontFamily(), t);
    }
}
