package org.convatlas.lesson.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.convatlas.compute.Conv2d;
import org.convatlas.compute.Conv2dParams;
import org.convatlas.compute.Tensor;
import org.convatlas.compute.trace.Coordinates;
import org.convatlas.compute.trace.TapSource;
import org.convatlas.compute.trace.Trace;
import org.convatlas.compute.trace.WeightedSumStep;
import org.convatlas.i18n.I18n;
import org.convatlas.i18n.Message;
import org.convatlas.lesson.Frame;
import org.convatlas.lesson.Playback;
import org.convatlas.render.Hit;
import org.convatlas.render.Role;
import org.convatlas.render.grid.CellRange;
import org.convatlas.render.stack.Sheet;
import org.convatlas.render.stack.SheetStack;
import org.convatlas.render.stack.StackConvolution;
import org.convatlas.render.stack.StackConvolutionFigure;
import org.scilab.forge.jlatexmath.TeXFormula;

/** What the tests of the lessons on stacks of sheets check in their frames, against the engine. */
public final class StackedFrames {

    /** Sums of a handful of small whole numbers, added in another order, agree this closely. */
    public static final float TOLERANCE = 1e-4f;

    private StackedFrames() {
    }

    /** The picture of a frame of a lesson on stacks. */
    public static StackConvolution sceneOf(Frame frame) {
        return assertInstanceOf(StackConvolutionFigure.class, frame.figure()).scene();
    }

    /** The steps worth looking at: the first, one in the middle and the last. */
    public static long[] probedSteps(Playback playback) {
        long last = playback.stepCount() - 1;
        return new long[] {0, last / 2, last};
    }

    /** The sums on the kernel sheets, plus the bias, give the step's result. */
    public static void assertSumsAddUp(StackConvolution scene) {
        double total = Float.isNaN(scene.bias()) ? 0 : scene.bias();
        for (StackConvolution.Term term : scene.terms()) {
            total += term.sum();
        }
        assertEquals(scene.result(), total, TOLERANCE, "sheet sums plus bias");
    }

    /**
     * Input channel {@code c} of {@code x} convolved alone with sheet {@code c} of filter {@code co}, by the engine:
     * the per-channel product of a multi-channel step, at output {@code (oy, ox)}.
     */
    public static float channelConvolution(Tensor x, int c, Tensor w, int co, Conv2dParams params, int oy, int ox) {
        int h = x.dim(1);
        int wd = x.dim(2);
        Tensor channel = Tensor.of(Arrays.copyOfRange(x.data(), c * h * wd, (c + 1) * h * wd), 1, h, wd);
        int k = w.dim(2) * w.dim(3);
        int sheet = co * w.dim(1) + c;
        Tensor kernel = Tensor.of(Arrays.copyOfRange(w.data(), sheet * k, (sheet + 1) * k), 1, 1, w.dim(2), w.dim(3));
        return Conv2d.apply(channel, kernel, null, params).get(0, oy, ox);
    }

    /** Every value of the output stack's shown sheets: the engine's up to the current step, nothing after it. */
    public static void assertOutputWrittenUpTo(long step, SheetStack output, Tensor y) {
        int rows = y.dim(-2);
        int columns = y.dim(-1);
        for (SheetStack.Shown shown : output.shown()) {
            Sheet sheet = shown.sheet();
            for (int r = 0; r < rows; r++) {
                for (int c = 0; c < columns; c++) {
                    long flat = ((long) shown.index() * rows + r) * columns + c;
                    float expected = flat <= step ? y.data()[(int) flat] : Float.NaN;
                    assertEquals(expected, sheet.valueAt(r, c), "output sheet " + shown.index() + " at " + r + ","
                            + c + " after step " + step);
                }
            }
        }
    }

    /**
     * The counts card and the figure's captions read in both languages, and the formula is LaTeX that JLaTeXMath
     * typesets.
     */
    public static void assertTextsRead(Frame frame) {
        StackConvolution.Captions captions = sceneOf(frame).captions();
        List<Message> messages = new ArrayList<>(frame.counts());
        messages.addAll(List.of(captions.input(), captions.kernel(), captions.output()));
        for (Locale language : I18n.SUPPORTED) {
            for (Message message : messages) {
                String text = I18n.format(language, message.key(), message.arguments().toArray());
                assertTrue(!text.isBlank() && !text.contains("{"), message + " reads " + text);
            }
        }
        new TeXFormula(frame.formula());
    }

    /** The formula strip under the figure of a frame. */
    public static String stripOf(Frame frame) {
        return ((StackConvolutionFigure) frame.figure()).stripText();
    }

    /**
     * Pointing at input cell {@code cell} at step {@code step} marks exactly the outputs whose step in the engine's
     * {@code trace} has a tap reading that cell, in the trace's order; their cells, and no others, are outlined on the
     * output sheets shown, and the cell itself on its input sheet. Returns the picture.
     */
    public static StackConvolution assertReadersAreThoseOfTheTaps(Playback playback, Trace<WeightedSumStep> trace, long step,
                                                           Coordinates cell) {
        List<Coordinates> expected = new ArrayList<>();
        for (long s = 0; s < trace.stepCount(); s++) {
            WeightedSumStep candidate = trace.step(s);
            if (candidate.taps().stream().anyMatch(tap -> cell.equals(readCell(tap.source())))) {
                expected.add(candidate.output());
            }
        }
        StackConvolution scene = sceneOf(playback.probe(step, new Hit(Role.INPUT, cell)));
        assertEquals(expected, scene.readers().outputs(), "the outputs that read " + cell);
        assertEquals(cell, scene.readers().cell());
        Set<Coordinates> outlined = new HashSet<>();
        Set<Coordinates> onShownSheets = new HashSet<>();
        for (SheetStack.Shown shown : scene.output().shown()) {
            Sheet sheet = shown.sheet();
            for (CellRange window : sheet.windows()) {
                outlined.add(sheet.coordinatesOf(window.top(), window.left()).orElseThrow());
            }
            for (int r = 0; r < sheet.rows(); r++) {
                for (int c = 0; c < sheet.columns(); c++) {
                    onShownSheets.add(sheet.coordinatesOf(r, c).orElseThrow());
                }
            }
        }
        Set<Coordinates> expectedShown = new HashSet<>(expected);
        expectedShown.retainAll(onShownSheets);
        assertEquals(expectedShown, outlined, "the outputs outlined for " + cell);
        Set<Coordinates> probed = new HashSet<>();
        for (SheetStack.Shown shown : scene.input().shown()) {
            for (CellRange window : shown.sheet().windows()) {
                probed.add(shown.sheet().coordinatesOf(window.top(), window.left()).orElseThrow());
            }
        }
        assertEquals(Set.of(cell), probed, "only the cell pointed at is outlined on the input");
        return scene;
    }

    private static Coordinates readCell(TapSource source) {
        if (source instanceof TapSource.Input in) {
            return in.at();
        }
        return source instanceof TapSource.Padding pad ? pad.at() : null;
    }

    /** The line of the counts card with the multiplies done so far. */
    public static Message multipliesLine(long soFar, long total) {
        return Message.of("counts.multiplies", soFar, total);
    }

}
