package org.convatlas.export;

import java.util.List;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import org.convatlas.lesson.Frame;
import org.convatlas.render.chrome.WrappedText;

/**
 * Where an exported picture puts its parts, made once for a whole export. Lengths in label sizes {@code v}, from the
 * top of an annotated picture:
 * <pre>
 *   v margin
 *   title                            1.5 v bold, lines 2 v apart
 *   parameters, " · " between them   v, muted, lines 1.5 v apart
 *   counts, " · " between them       v, lines 1.5 v apart
 *   stage (figure + legend)          the rest
 *   formula of the step              typeset at 1.1 v, as high as it is up to 6 v
 *   v margin
 * </pre>
 * Each text wraps onto as many lines as the width less the margins needs ({@link WrappedText}): nothing is narrowed.
 * The texts and the stage's labels share one size {@code v}: the export's label size {@code u}
 * ({@link ExportSettings#unit()}) when at that size the texts take at most {@link #TEXT_SHARE} of the height and
 * leave the stage at least {@link #STAGE_UNITS} label sizes high, room for a figure's captions, grids, strip and
 * legend; else (a large type scale, long counts on a small picture) the largest size at which they do, down to that
 * of the smallest type scale. So a type scale takes effect as far as the picture can hold it. A picture without
 * annotations is all stage.
 *
 * <p>The counts and formula change from frame to frame: they keep the lines and band of the tallest among sample
 * frames (the first and last of an animation, whose numbers are the longest), so that an animation's stage stays
 * still; a frame whose counts need more lines than that sets them smaller ({@link #counts}).
 *
 * @param unit        {@code v}, in pixels
 * @param title       the title's lines
 * @param parameters  the parameter line's lines
 * @param countLines  the lines kept for the counts
 * @param formulaBand the height of the formula's band, in pixels; 0 for none
 * @param stageTop    where the stage starts, in pixels from the top
 * @param stageHeight the stage's height, in pixels
 */
record PictureLayout(double unit, List<String> title, List<String> parameters, int countLines,
                     double formulaBand, double stageTop, double stageHeight) {

    static final double TITLE_SCALE = 1.5;
    static final double TITLE_LINE = 2;
    static final double LINE = 1.5;
    static final double FORMULA_SCALE = 1.1;
    /** The formula's band at most, in label sizes. */
    static final double FORMULA_BAND = 6;
    /** The share of the height the texts take at most. */
    static final double TEXT_SHARE = 0.45;
    /** The stage is at least this many label sizes high. */
    static final double STAGE_UNITS = 24;
    /** How much smaller each try at fitting sets the labels. */
    private static final double SHRINK = 0.95;

    /**
     * The layout of {@code settings}' pictures with {@code texts}, the counts and formulas of {@code samples} kept
     * room for.
     *
     * @param formulaHeight the height of a formula typeset at 1.1 label sizes, in label sizes
     */
    static PictureLayout of(ExportTexts texts, ExportSettings settings, List<Frame> samples,
                            FormulaHeight formulaHeight) {
        double height = settings.size().height();
        double least = ExportSettings.MIN_SCALE * ExportSettings.BASE_UNIT_SHARE * height;
        if (!settings.annotated()) {
            return new PictureLayout(Math.max(least, Math.min(settings.unit(), height / STAGE_UNITS)), List.of(),
                    List.of(), 0, 0, 0, height);
        }
        double formula = samples.stream().map(Frame::formula).filter(f -> !f.isEmpty())
                .mapToDouble(f -> Math.min(FORMULA_BAND, formulaHeight.of(f))).max().orElse(0);
        List<List<String>> counts = samples.stream().map(texts::of).map(ExportTexts.FrameTexts::counts).toList();
        double v = settings.unit();
        while (true) {
            double width = textWidth(settings, v);
            Font font = textFont(settings, v);
            List<String> title = WrappedText.lines(List.of(texts.title()), "", titleFont(settings, v), width);
            List<String> parameters = WrappedText.lines(texts.parameters(), ParameterLine.SEPARATOR, font, width);
            int countLines = counts.stream().mapToInt(c -> wrap(c, font, width).size()).max().orElse(0);
            double stageTop = v + (title.size() * TITLE_LINE + (parameters.size() + countLines) * LINE) * v;
            double band = formula * v;
            double stageHeight = Math.max(0, height - stageTop - band - v);
            boolean fits = height - stageHeight <= TEXT_SHARE * height && stageHeight >= STAGE_UNITS * v;
            if (fits || v <= least) {
                return new PictureLayout(v, title, parameters, countLines, band, stageTop, stageHeight);
            }
            v = Math.max(least, v * SHRINK);
        }
    }

    /** How high a formula typeset at {@link #FORMULA_SCALE} label sizes is, in label sizes. */
    @FunctionalInterface
    interface FormulaHeight {
        double of(String latex);
    }

    /**
     * The lines of {@code counts}, at the label size when they fit the lines kept for them, else at the largest size
     * at which they do.
     */
    WrappedLines counts(List<String> counts, ExportSettings settings) {
        double size = unit;
        double width = textWidth(settings, unit);
        double kept = countLines * LINE * unit;
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
        return titleFont(settings, unit);
    }

    /** The font of the parameters and counts. */
    Font textFont(ExportSettings settings) {
        return textFont(settings, unit);
    }

    private static List<String> wrap(List<String> counts, Font font, double width) {
        return WrappedText.lines(counts, ParameterLine.SEPARATOR, font, width);
    }

    /** The width the texts take at most: the picture's less a margin of one label size {@code v} each side. */
    private static double textWidth(ExportSettings settings, double v) {
        return settings.size().width() - 2 * v;
    }

    private static Font titleFont(ExportSettings settings, double v) {
        return Font.font(settings.fontFamily(), FontWeight.BOLD, TITLE_SCALE * v);
    }

    private static Font textFont(ExportSettings settings, double v) {
        return Font.font(settings.fontFamily(), v);
    }
}
