package org.convatlas.lesson.spatiallyseparable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.convatlas.compute.Conv2d;
import org.convatlas.compute.Conv2dParams;
import org.convatlas.compute.Counts;
import org.convatlas.compute.KernelRank;
import org.convatlas.compute.Tensor;
import org.convatlas.compute.Window2d;
import org.convatlas.compute.trace.StagedTrace;
import org.convatlas.i18n.Message;
import org.convatlas.lesson.CountsCard;
import org.convatlas.lesson.Frame;
import org.convatlas.lesson.Kernel;
import org.convatlas.lesson.KernelPreset;
import org.convatlas.lesson.ParameterValues;
import org.convatlas.lesson.Playback;
import org.convatlas.lesson.Preset;
import org.convatlas.render.StagedFigure;
import org.convatlas.render.chrome.NumberText;
import org.junit.jupiter.api.Test;

class SpatiallySeparableLessonTest {

    private static final SpatiallySeparableLesson LESSON = new SpatiallySeparableLesson();
    private static final String KEYS = "lesson." + SpatiallySeparableLesson.ID + ".";

    private static ParameterValues values(Preset preset) {
        return preset.applyTo(ParameterValues.defaults(LESSON.parameters()));
    }

    private static List<String> card(Frame frame) {
        return CountsCard.lines(frame);
    }

    private static Message line(Frame frame, String key) {
        return frame.counts().stream().filter(m -> m.key().equals(KEYS + key)).findFirst().orElseThrow();
    }

    private static long number(Message message, int argument) {
        return ((Number) message.arguments().get(argument)).longValue();
    }

    /** The two passes' output: the last stage of the separable trace, before the one pass played to compare. */
    private static Tensor twoPasses(Playback playback) {
        StagedTrace<?> trace = (StagedTrace<?>) playback.playedTrace().orElseThrow();
        return trace.stages().get(1).trace().output();
    }

    /** Sobel x on 5×5: 15 column steps of 3 products, 9 row steps of 3, then 9 steps of 9 to compare. */
    @Test
    void theTextbookExampleCounts81Against45Plus27() {
        Playback playback = LESSON.prepare(values(SpatiallySeparableLesson.TEXTS));
        assertEquals(15 + 9 + 9, playback.stepCount());
        List<String> first = card(playback.frame(0));
        assertEquals("Multiplications so far: 3 of 153", first.get(0));
        assertEquals("Stage 1 of 3: column 3×1, 45 multiplications", first.get(1));
        assertTrue(first.contains("Rank 1: the kernel is the column [1, 2, 1]ᵀ times the row [−1, 0, 1]"),
                first.toString());
        assertTrue(first.contains("Singular values σ: 3.46, 0, 0 (rank 1: all but the first are 0)"), first.toString());
        assertTrue(first.contains("Two passes: 45 + 27 = 72 multiplications, 6 weights"), first.toString());
        assertTrue(first.contains("One 3×3 pass: 81 multiplications, 9 weights; the two passes do a share of 0.889 of"
                + " its work, tending to 0.667 on large inputs"), first.toString());
        assertTrue(first.contains("Largest difference between the two outputs, max |Δ|: 0 (float rounding at most)"),
                first.toString());
        assertEquals("Stage 2 of 3: row 1×3, 27 multiplications", card(playback.frame(15)).get(1));
        assertEquals("Stage 3 of 3: one 3×3 pass, to compare, 81 multiplications", card(playback.frame(24)).get(1));
        assertEquals(2, ((StagedFigure) playback.frame(24).figure()).current(), "the band marks the one pass");
        assertEquals(1, ((StagedFigure) playback.frame(23).figure()).current());
        String formula = playback.frame(0).formula();
        assertTrue(formula.contains("(5 - 3 + 1)^2 \\cdot 3^2 = 81"), formula);
        assertTrue(formula.contains("(2 \\cdot 5 - 3 + 1)(5 - 3 + 1) \\cdot 3 = 72"), formula);
    }

    /**
     * On N×N with an m×m kernel (valid padding): {@code (N−m+1)²·m²} for one pass against
     * {@code (2N−m+1)(N−m+1)·m} for two, as the engine counts them; the texts' {@code N − 2} only for m = 3.
     */
    @Test
    void theGeneralFormulaOnSeveralSizes() {
        for (int m : new int[] {2, 3, 5, 7}) {
            for (int n : new int[] {m, 8, 16, 32}) {
                ParameterValues values = ParameterValues.defaults(LESSON.parameters())
                        .with(SpatiallySeparableLesson.SIZE, n)
                        .with(SpatiallySeparableLesson.KERNEL, KernelPreset.GAUSSIAN.kernel(m, m));
                Frame frame = LESSON.prepare(values).frame(0);
                long valid = n - m + 1;
                int[] x = {1, n, n};
                int[] column = {1, 1, m, 1};
                int[] row = {1, 1, 1, m};
                String context = "N = " + n + ", m = " + m;
                long onePass = number(line(frame, "counts.onePass"), 2);
                long passes = number(line(frame, "counts.twoPasses"), 2);
                assertEquals(valid * valid * m * m, onePass, context);
                assertEquals((2L * n - m + 1) * valid * m, passes, context);
                assertEquals(Counts.spatiallySeparableStandard(x, column, row, Window2d.DEFAULT).multiplies(),
                        onePass, context);
                assertEquals(Counts.spatiallySeparable(x, column, row, Window2d.DEFAULT).multiplies(), passes,
                        context);
                assertEquals(valid * n * m, number(line(frame, "counts.twoPasses"), 0), "the column pass, " + context);
                assertEquals(valid * valid * m, number(line(frame, "counts.twoPasses"), 1), "the row pass, " + context);
                assertEquals(2.0 / m, (Double) line(frame, "counts.onePass").arguments().get(5), 1e-15, context);
            }
        }
    }

    /**
     * A 2×3 kernel on 6×6: a 5×4 output, 5·4·6 = 120 multiplications in one pass against 5·6·2 + 5·4·3 = 60 + 60 in
     * two; the formula names both sides.
     */
    @Test
    void aKernelOfTwoRowsAndThreeColumnsCountsEachSide() {
        ParameterValues values = ParameterValues.defaults(LESSON.parameters()).with(SpatiallySeparableLesson.SIZE, 6)
                .with(SpatiallySeparableLesson.KERNEL, Kernel.of(2, 3, 1, 0, -1, 1, 0, -1));
        Frame frame = LESSON.prepare(values).frame(0);
        List<String> card = card(frame);
        assertTrue(card.contains("Two passes: 60 + 60 = 120 multiplications, 5 weights"), card.toString());
        assertTrue(card.contains("One 2×3 pass: 120 multiplications, 6 weights; the two passes do a share of 1.000 of"
                + " its work, tending to 0.833 on large inputs"), card.toString());
        assertTrue(frame.formula().contains("(N - k_h + 1)(N - k_w + 1) \\, k_h k_w"), frame.formula());
        assertTrue(frame.formula().contains("(6 - 2 + 1)(6 \\cdot 2 + (6 - 3 + 1) \\cdot 3) = 120"),
                frame.formula());
    }

    /** The 7×7 Gaussian on 32×32: 33,124 against 5,824 + 4,732 = 10,556; the outputs agree but for rounding. */
    @Test
    void theGaussianSavesTwoThirdsAndTheOutputsAgree() {
        ParameterValues values = values(SpatiallySeparableLesson.GAUSSIAN);
        Playback playback = LESSON.prepare(values);
        List<String> card = card(playback.frame(0));
        assertTrue(card.contains("Two passes: 5,824 + 4,732 = 10,556 multiplications, 14 weights"), card.toString());
        assertTrue(card.contains("One 7×7 pass: 33,124 multiplications, 49 weights; the two passes do a share of 0.319"
                + " of its work, tending to 0.286 on large inputs"), card.toString());
        Tensor expected = oneConvolution(values, values.get(SpatiallySeparableLesson.KERNEL).toTensor());
        Tensor passes = twoPasses(playback);
        assertTrue(expected.maxAbsDifference(Tensor.zeros(expected.shape())) > 0.5, "not all zeros");
        assertEquals(0, passes.maxAbsDifference(expected), 1e-6);
        assertEquals(NumberText.of(passes.maxAbsDifference(expected)),
                line(playback.frame(0), "counts.rounding").arguments().get(0), "the engine's difference, shown");
    }

    @Test
    void theTextsSobelGivesTheOutputOfTheWholeKernelExactly() {
        ParameterValues values = values(SpatiallySeparableLesson.TEXTS);
        Playback playback = LESSON.prepare(values);
        Tensor expected = oneConvolution(values, values.get(SpatiallySeparableLesson.KERNEL).toTensor());
        assertEquals(expected, twoPasses(playback));
        assertEquals(expected, playback.output().orElseThrow(), "the result is the one pass's");
    }

    /**
     * The Laplacian has rank 2, singular values 2 + √6, √6 − 2 and 0: the passes give the convolution with its best
     * rank-1 approximation, and the card's difference is that approximation's error on the outputs.
     */
    @Test
    void theLaplacianCannotBeSplitAndSaysWhy() {
        ParameterValues values = values(SpatiallySeparableLesson.LAPLACIAN);
        Playback playback = LESSON.prepare(values);
        Frame frame = playback.frame(0);
        List<String> card = card(frame);
        assertTrue(card.contains("Singular values σ: 4.45, 0.449, 0 (rank 1: all but the first are 0)"),
                card.toString());
        assertTrue(card.stream().anyMatch(l -> l.startsWith("Rank 2, not 1: no column times a row makes this kernel")),
                card.toString());
        Kernel laplacian = values.get(SpatiallySeparableLesson.KERNEL);
        KernelRank rank = KernelRank.of(laplacian.toTensor(), SpatiallySeparableLesson.RANK_TOLERANCE);
        assertEquals(2 + Math.sqrt(6), rank.singularValues()[0], 1e-12);
        Tensor exact = oneConvolution(values, laplacian.toTensor());
        Tensor approximated = oneConvolution(values, rank.separableApproximation());
        assertEquals(0, twoPasses(playback).maxAbsDifference(approximated), 1e-5);
        double error = twoPasses(playback).maxAbsDifference(exact);
        assertTrue(error > 1, "the approximation is far from the kernel: " + error);
        Message difference = line(frame, "counts.error");
        assertEquals(NumberText.of(error), difference.arguments().get(0));
    }

    private static Tensor oneConvolution(ParameterValues values, Tensor kernel) {
        int n = values.get(SpatiallySeparableLesson.SIZE);
        return Conv2d.apply(values.get(SpatiallySeparableLesson.INPUT).tensor(n, n),
                kernel.reshape(1, 1, kernel.dim(0), kernel.dim(1)), null, Conv2dParams.DEFAULT);
    }
}
