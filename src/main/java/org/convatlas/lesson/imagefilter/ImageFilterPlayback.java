package org.convatlas.lesson.imagefilter;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.convatlas.compute.Conv2d;
import org.convatlas.compute.Conv2dParams;
import org.convatlas.compute.ConvArithmetic;
import org.convatlas.compute.Counts;
import org.convatlas.compute.PaddingMode;
import org.convatlas.compute.Tensor;
import org.convatlas.compute.Window2d;
import org.convatlas.compute.trace.Coordinates;
import org.convatlas.compute.trace.Tap;
import org.convatlas.compute.trace.Trace;
import org.convatlas.compute.trace.Traces;
import org.convatlas.compute.trace.WeightedSumStep;
import org.convatlas.i18n.Message;
import org.convatlas.lesson.Frame;
import org.convatlas.lesson.InputImage;
import org.convatlas.lesson.Kernel;
import org.convatlas.lesson.Playback;
import org.convatlas.render.Hit;
import org.convatlas.render.Role;
import org.convatlas.render.chrome.NumberText;
import org.convatlas.render.image.ColourBar;
import org.convatlas.render.image.ImagePanel;
import org.convatlas.render.image.PixelRegion;
import org.convatlas.render.image.Raster;
import org.convatlas.render.image.ToneMap;

/**
 * What the image-filter lesson plays for one set of values. Everything proportional to the picture is done once,
 * when the values change, on the lesson's worker thread: the engine filters the whole picture
 * ({@link Traces#conv2d}'s output, which is {@code Conv2d.apply}), and both pictures are turned into rasters. Of
 * these only the filtered picture and its raster change with the kernel, and they reuse the memory of a released
 * playback ({@link FilterWorkspace}), so that a kernel value can be dragged over a large picture. A step
 * then costs only its own window: the trace computes the {@code kH × kW} products of one output value, and the
 * frame reuses the rasters.
 *
 * <p>Steps walk the output values {@code y[c, oy, ox]} row by row, channel after channel.
 */
public final class ImageFilterPlayback implements Playback {

    /** The longest side of a picture's raster, in pixels; a larger picture is shrunk for display only. */
    static final int MAX_DISPLAY_SIDE = 1024;
    /** Terms a formula writes out in full; longer sums keep their first two and last terms around a {@code \cdots}. */
    static final int FULL_FORMULA_TERMS = 4;

    /** The window message's first argument for the luminance (0, 1 and 2 name red, green and blue). */
    private static final int LUMINANCE_MAP = 3;
    /** Bundle key prefix of the lesson's texts. */
    private static final String KEYS = "lesson." + ImageFilterLesson.ID + ".";

    private final Trace<WeightedSumStep> trace;
    private final Window2d window;
    private final Kernel kernel;
    private final ImageChannels channels;
    private final ImagePanel inputPanel;
    private final ImagePanel outputPanel;
    private final List<Message> fixedCounts;
    private final FilterWorkspace workspace;
    /** The filtered picture and its raster, lent by the workspace until this playback is released. */
    private final FilterWorkspace.Result result;

    /** The playback of {@code kernel} over {@code image}, undilated; see the constructor below. */
    ImageFilterPlayback(InputImage image, Kernel kernel, ImageChannels channels, PaddingMode padding,
                        ResultDisplay display, FilterWorkspace workspace) {
        this(image, kernel, 1, channels, padding, display, workspace);
    }

    /**
     * The playback of {@code kernel} at {@code dilation} over {@code image}: the mark on the picture covers the
     * kernel's reach {@code d(k − 1) + 1}, and the magnifier shows the {@code kH × kW} pixels its taps land on. The
     * picture is filtered into a result lent by {@code workspace}, which gets it back on {@link #release}; the map of
     * the picture and its raster come from the workspace as well.
     *
     * @throws org.convatlas.compute.InvalidArgumentException if the engine refuses the values (a reach larger than
     *                                                      the picture)
     */
    public ImageFilterPlayback(InputImage image, Kernel kernel, int dilation, ImageChannels channels,
                               PaddingMode padding, ResultDisplay display, FilterWorkspace workspace) {
        FilterWorkspace.Source source = workspace.source(image, channels);
        Tensor x = source.map();
        Tensor w = channels.weights(kernel);
        int h = x.dim(1);
        int wid = x.dim(2);
        window = Window2d.DEFAULT.withDilation(dilation, dilation).withPads(padding.resolve(h, wid, kernel.rows(),
                kernel.columns(), 1, 1, dilation, dilation));
        Conv2dParams params = new Conv2dParams(window, channels.groups(), false);
        this.workspace = workspace;
        result = workspace.lend(Conv2d.outputShape(x, w, null, params));
        trace = Traces.conv2d(x, w, null, params, result.map());
        this.kernel = kernel;
        this.channels = channels;
        Tensor y = trace.output();

        ToneMap toneMap = display.toneMap(kernel);
        Tensor shown = result.shown(toneMap);
        float scale = toneMap == ToneMap.CLIP ? 1 : ToneMap.saturation(shown);
        inputPanel = panel(source.raster(), x, List.of(
                Message.of(KEYS + "caption.input", image.name(), channels.channels(), wid, h),
                Message.of(KEYS + "shownAs.input")), new ColourBar(ToneMap.CLIP, channels.channels(), 1));
        outputPanel = panel(result.paint(toneMap, scale), y, List.of(
                Message.of(KEYS + "caption.output", y.dim(2), y.dim(1), padding == PaddingMode.VALID ? 0 : 1),
                displayCaption(toneMap, scale)), new ColourBar(toneMap, channels.channels(), scale));

        List<Message> counts = new ArrayList<>();
        counts.add(Message.of(KEYS + "counts.perValue", kernel.rows() * kernel.columns()));
        if (channels == ImageChannels.LUMINANCE) {
            long luma = Counts.conv2d(new int[] {3, h, wid}, new int[] {1, 3, 1, 1}, false, Conv2dParams.DEFAULT)
                    .multiplies();
            counts.add(Message.of(KEYS + "counts.luminance", luma));
        }
        counts.add(Message.of("counts.parameters", Counts.conv2d(x.shape(), w.shape(), false, params).parameters()));
        fixedCounts = List.copyOf(counts);
    }

    /** An unmarked panel of {@code map} {@code [C, H, W]}. */
    private static ImagePanel panel(Raster raster, Tensor map, List<Message> caption, ColourBar bar) {
        return new ImagePanel(raster, map.dim(2), map.dim(1), caption, bar, null);
    }

    private Message displayCaption(ToneMap toneMap, float scale) {
        String key = switch (toneMap) {
            case CLIP -> "shownAs.clip";
            case MAGNITUDE -> "shownAs.magnitude";
            case DIVERGING -> channels == ImageChannels.LUMINANCE ? "shownAs.diverging" : "shownAs.divergingRgb";
        };
        return Message.of(KEYS + key, NumberText.of(scale));
    }

    @Override
    public Optional<Trace<?>> playedTrace() {
        return Optional.of(trace);
    }

    @Override
    public long stepCount() {
        return trace.stepCount();
    }

    /**
     * The window of the output pixel under the pointer, or, on the input, of the output pixel whose window is centred
     * on the pixel under the pointer (the nearest one near the edges), in the channel of the hit; the counts card stays
     * the transport's step's.
     */
    @Override
    public Frame probe(long step, Hit hit) {
        int[] shape = trace.outputShape();
        int row = hit.at().get(1);
        int column = hit.at().get(2);
        if (hit.role() == Role.INPUT) {
            // the window of output (oy, ox) starts at input row oy - top and is centred (reach - 1) / 2 rows further
            row += window.pads().top() - (reachRows() - 1) / 2;
            column += window.pads().left() - (reachColumns() - 1) / 2;
        } else if (hit.role() != Role.OUTPUT) {
            return frame(step);
        }
        row = Math.max(0, Math.min(shape[1] - 1, row));
        column = Math.max(0, Math.min(shape[2] - 1, column));
        return frame(Coordinates.of(hit.at().get(0), row, column).flatIndexIn(shape), step);
    }

    /** Gives the filtered picture and its raster back to the workspace, for the next preparation to paint over. */
    @Override
    public void release() {
        workspace.takeBack(result);
    }

    @Override
    public Frame frame(long index) {
        return frame(index, index);
    }

    /** The window, pictures and formula of step {@code index}, and the counts card of step {@code counted}. */
    private Frame frame(long index, long counted) {
        WeightedSumStep step = trace.step(index);
        int c = step.output().get(0);
        int oy = step.output().get(1);
        int ox = step.output().get(2);
        int top = window.inputRow(oy, 0);
        int left = window.inputColumn(ox, 0);
        PixelRegion kernelWindow = new PixelRegion(top, left, reachRows(), reachColumns());
        int map = channels == ImageChannels.LUMINANCE ? LUMINANCE_MAP : c;
        Message where = Message.of(KEYS + "window", map, top, top + reachRows() - 1, left,
                left + reachColumns() - 1, oy, ox);
        FilteredImageFigure figure = new FilteredImageFigure(inputPanel.withMark(kernelWindow),
                outputPanel.withMark(new PixelRegion(oy, ox, 1, 1)),
                new Magnifier(step, kernel.rows(), kernel.columns(), where));

        List<Message> counts = new ArrayList<>();
        counts.add(Message.of("counts.multiplies", trace.multipliesAfter(counted), trace.totalMultiplies()));
        counts.addAll(fixedCounts);
        return new Frame(figure, counts, formula(step));
    }

    /** The rows the kernel spans on the picture, {@code d(kH − 1) + 1}. */
    private int reachRows() {
        return ConvArithmetic.reach(kernel.rows(), window.dilationH());
    }

    /** The columns the kernel spans on the picture, {@code d(kW − 1) + 1}. */
    private int reachColumns() {
        return ConvArithmetic.reach(kernel.columns(), window.dilationW());
    }

    /**
     * {@code y[c, oy, ox] = x_1 \cdot k_1 + ... = y} with the step's numbers, on two lines so that it fits the
     * inspector: the first two products, then {@code \cdots} (when more than {@value #FULL_FORMULA_TERMS} are left out)
     * and the last, then the value.
     */
    static String formula(WeightedSumStep step) {
        List<Tap> taps = step.taps();
        int n = taps.size();
        boolean shortened = n > FULL_FORMULA_TERMS;
        List<String> terms = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (shortened && i == 2) {
                terms.add("\\cdots");
            }
            if (!shortened || i < 2 || i == n - 1) {
                terms.add(factor(taps.get(i).input()) + " \\cdot " + factor(taps.get(i).weight()));
            }
        }
        int firstLine = Math.min(2, terms.size());
        String second = String.join(" + ", terms.subList(firstLine, terms.size()));
        return "\\begin{array}{l} y[" + step.output().get(0) + ", " + step.output().get(1) + ", "
                + step.output().get(2) + "] = " + String.join(" + ", terms.subList(0, firstLine))
                + (second.isEmpty() ? "" : " \\\\ \\quad + " + second) + " = " + latexNumber(step.result())
                + " \\end{array}";
    }

    /** A factor of a product, in parentheses when negative. */
    private static String factor(float value) {
        String number = latexNumber(value);
        return value < 0 && !"0".equals(number) ? "(" + number + ")" : number;
    }

    /** The number as figures write it, with LaTeX's minus for the true minus sign (U+2212) figures use. */
    private static String latexNumber(float value) {
        return NumberText.of(value).replace('\u2212', '-');
    }
}
