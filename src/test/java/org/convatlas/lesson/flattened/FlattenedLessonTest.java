package org.convatlas.lesson.flattened;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.scene.text.Font;
import org.convatlas.compute.Conv2d;
import org.convatlas.compute.Conv2dParams;
import org.convatlas.compute.Counts;
import org.convatlas.compute.FlattenedKernel;
import org.convatlas.compute.Tensor;
import org.convatlas.compute.Window2d;
import org.convatlas.i18n.I18n;
import org.convatlas.i18n.Message;
import org.convatlas.lesson.Cards;
import org.convatlas.lesson.Frame;
import org.convatlas.lesson.ParameterValues;
import org.convatlas.lesson.Playback;
import org.convatlas.lesson.Preset;
import org.convatlas.render.DrawContext;
import org.convatlas.render.Figure;
import org.convatlas.render.Hit;
import org.convatlas.render.Palette;
import org.convatlas.render.StagePainter;
import org.convatlas.render.StagedFigure;
import org.convatlas.render.chrome.NumberText;
import org.junit.jupiter.api.Test;

class FlattenedLessonTest {

    private static final FlattenedLesson LESSON = new FlattenedLesson();
    private static final String KEYS = "lesson." + FlattenedLesson.ID + ".";

    private static ParameterValues values(Preset preset) {
        return Cards.values(LESSON, preset);
    }

    private static Message line(Frame frame, String key) {
        return Cards.line(frame, KEYS + key);
    }

    /** The three passes' output: the third stage of the played trace, before the full filter played to compare. */
    private static Tensor threePasses(Playback playback) {
        return Cards.stageOutput(playback, 2);
    }

    private static Tensor fullFilter(ParameterValues values) {
        FlattenedLesson.Inputs in = FlattenedLesson.Inputs.of(values);
        int c = in.kernel().dim(0);
        int k = in.kernel().dim(1);
        return Conv2d.apply(in.x(), in.kernel().reshape(1, c, k, k), null, Conv2dParams.DEFAULT);
    }

    /**
     * [1, 2, 1] × Sobel x on [3, 5, 5]: 25 steps of 3 products across the channels, 15 of 3 down, 9 of 3 across, then
     * 9 of 27 to compare: 75 + 45 + 27 = 147 against 243.
     */
    @Test
    void theTextbookExampleCounts147Against243() {
        Playback playback = LESSON.prepare(values(FlattenedLesson.TEXTS));
        assertEquals(25 + 15 + 9 + 9, playback.stepCount());
        List<String> first = Cards.card(playback.frame(0));
        assertEquals("Multiplications so far: 3 of 390", first.get(0));
        assertEquals("Stage 1 of 4: across 3 channels, 1×1, 75 multiplications", first.get(1));
        assertTrue(first.contains("Rank 1: the filter is the channel weights [1, 2, 1] times the column [1, 2, 1]ᵀ"
                + " times the row [−1, 0, 1]"), first.toString());
        assertTrue(first.contains("Relative error of the rank-1 approximation, ‖K − K′‖/‖K‖: 0"), first.toString());
        assertTrue(first.contains("Three 1-D passes: 75 + 45 + 27 = 147 multiplications, 9 weights"),
                first.toString());
        assertTrue(first.contains("Full 3×3×3 filter: 243 multiplications, 27 weights; the passes do a share of 0.605"
                + " of its work, tending to 0.333 on large inputs"), first.toString());
        assertTrue(first.contains("Largest difference between the two outputs, max |Δ|: 0 (float rounding at most)"),
                first.toString());
        assertEquals("Stage 2 of 4: down 3×1, 45 multiplications", Cards.card(playback.frame(25)).get(1));
        assertEquals("Stage 3 of 4: across 1×3, 27 multiplications", Cards.card(playback.frame(40)).get(1));
        assertEquals("Stage 4 of 4: full 3×3×3 filter, to compare, 243 multiplications",
                Cards.card(playback.frame(49)).get(1));
        assertEquals(3, ((StagedFigure) playback.frame(49).figure()).current(), "the band marks the full filter");
        assertEquals(2, ((StagedFigure) playback.frame(48).figure()).current());
        String formula = playback.frame(0).formula();
        assertTrue(formula.contains("3 \\cdot 3^2 \\cdot (5 - 3 + 1)^2 = 243"), formula);
        assertTrue(formula.contains("3 \\cdot 5^2 + 3(5 - 3 + 1) \\cdot 5 + 3(5 - 3 + 1)^2 = 147"), formula);
        assertTrue(formula.contains("\\frac{147}{243} = 0.605"), formula);
    }

    /** The three passes give the full filter's output to the last digit, and the result is the full filter's. */
    @Test
    void theTextbookPassesGiveTheFullFiltersOutputExactly() {
        ParameterValues values = values(FlattenedLesson.TEXTS);
        Playback playback = LESSON.prepare(values);
        Tensor expected = fullFilter(values);
        assertTrue(expected.maxAbsDifference(Tensor.zeros(expected.shape())) > 1, "not all zeros");
        assertEquals(expected, threePasses(playback));
        assertEquals(expected, playback.output().orElseThrow());
    }

    /**
     * On [C, N, N] with a k×k Sobel across C channels: {@code C·N² + k(N−k+1)N + k(N−k+1)²} against
     * {@code C·k²(N−k+1)²}, as the engine counts them, each pass's count in the card.
     */
    @Test
    void theGeneralFormulaOnSeveralSizes() {
        for (int c : new int[] {1, 2, 3, 6}) {
            for (int k : new int[] {2, 3, 5, 7}) {
                for (int n : new int[] {k, 9, 16}) {
                    ParameterValues values = ParameterValues.defaults(LESSON.parameters())
                            .with(FlattenedLesson.CHANNELS, c).with(FlattenedLesson.KERNEL, k)
                            .with(FlattenedLesson.SIZE, n);
                    Frame frame = LESSON.prepare(values).frame(0);
                    long valid = n - k + 1;
                    String context = "C = " + c + ", k = " + k + ", N = " + n;
                    Message passes = line(frame, "counts.passes");
                    Message full = line(frame, "counts.full");
                    assertEquals((long) c * n * n, Cards.number(passes, 0), context);
                    assertEquals(k * valid * n, Cards.number(passes, 1), context);
                    assertEquals(k * valid * valid, Cards.number(passes, 2), context);
                    assertEquals((long) c * n * n + k * valid * n + k * valid * valid, Cards.number(passes, 3), context);
                    assertEquals(c + 2L * k, Cards.number(passes, 4), context);
                    assertEquals((long) c * k * k * valid * valid, Cards.number(full, 3), context);
                    assertEquals((long) c * k * k, Cards.number(full, 4), context);
                    int[] x = {c, n, n};
                    int[] channel = {1, c, 1, 1};
                    int[] column = {1, 1, k, 1};
                    int[] row = {1, 1, 1, k};
                    assertEquals(Counts.flattened(x, channel, column, row, Window2d.DEFAULT).multiplies(),
                            Cards.number(passes, 3), context);
                    assertEquals(Counts.flattenedStandard(x, channel, column, row, Window2d.DEFAULT).multiplies(),
                            Cards.number(full, 3), context);
                    assertEquals(Counts.flattenedLimit(c, k, k), (Double) full.arguments().get(6), 1e-15, context);
                    assertTrue(line(frame, "counts.rankOne") != null, context);
                }
            }
        }
    }

    /**
     * A 7×7 Sobel across the colours of Chelsea shrunk to 40×40 (its middle 300×300 averaged over 7×7 blocks): 4,800 +
     * 9,520 + 8,092 = 22,412 multiplications against 169,932.
     */
    @Test
    void thePhotoSavesSevenEighths() {
        ParameterValues values = values(FlattenedLesson.PHOTO);
        Playback playback = LESSON.prepare(values);
        List<String> card = Cards.card(playback.frame(0));
        assertTrue(card.contains("Three 1-D passes: 4,800 + 9,520 + 8,092 = 22,412 multiplications, 17 weights"),
                card.toString());
        assertTrue(card.contains("Full 3×7×7 filter: 169,932 multiplications, 147 weights; the passes do a share of"
                + " 0.132 of its work, tending to 0.116 on large inputs"), card.toString());
        Tensor expected = fullFilter(values);
        assertEquals(0, threePasses(playback).maxAbsDifference(expected), 1e-3);
        assertEquals(NumberText.of(threePasses(playback).maxAbsDifference(expected)),
                line(playback.frame(0), "counts.rounding").arguments().get(0), "the engine's difference, shown");
        Tensor x = FlattenedLesson.Inputs.of(values).x();
        assertEquals(List.of(3, 40, 40), List.of(x.dim(0), x.dim(1), x.dim(2)), "red, green and blue, shrunk");
        Tensor pixels = org.convatlas.lesson.SampleImage.CHELSEA.image().pixels();
        Tensor block = pixels.crop(7, 75 + 7, 7, 7); // pooled cell (1, 1) of the middle 300×300
        double mean = 0;
        for (float v : block.data()) {
            mean += v / (3 * 49.0);
        }
        assertEquals(mean, (x.get(0, 0, 0) + x.get(1, 0, 0) + x.get(2, 0, 0)) / 3, 1e-5,
                "a pixel is the mean of its block");
    }

    /**
     * Random tenths are no rank-1 filter: the card says so, the passes give the convolution with the best rank-1
     * approximation, and the difference of the outputs (shown) is far from rounding.
     */
    @Test
    void aLearnedLookingFilterCannotBeSplitAndSaysWhatItLoses() {
        ParameterValues values = values(FlattenedLesson.LEARNED);
        Playback playback = LESSON.prepare(values);
        Frame frame = playback.frame(0);
        List<String> card = Cards.card(frame);
        assertTrue(card.stream().anyMatch(l -> l.startsWith("Not rank 1: no three 1-D filters make this filter")),
                card.toString());
        assertTrue(card.contains("Three 1-D passes: 108 + 72 + 48 = 228 multiplications, 9 weights"), card.toString());
        assertTrue(card.stream().anyMatch(l -> l.startsWith("Full 3×3×3 filter: 432 multiplications, 27 weights")),
                card.toString());
        FlattenedLesson.Inputs in = FlattenedLesson.Inputs.of(values);
        FlattenedKernel flat = FlattenedKernel.of(in.kernel());
        assertFalse(flat.isRankOne(FlattenedLesson.RANK_TOLERANCE));
        assertTrue(flat.relativeError() > 0.3, "far from rank 1: " + flat.relativeError());
        assertEquals(NumberText.of(flat.relativeError()), line(frame, "counts.error").arguments().get(0));
        assertTrue(frame.figure().stripText().contains(NumberText.of(flat.relativeError())), "the board shows it");
        Tensor approximated = Conv2d.apply(in.x(), flat.approximation().reshape(1, 3, 3, 3), null,
                Conv2dParams.DEFAULT);
        assertEquals(0, threePasses(playback).maxAbsDifference(approximated), 1e-4);
        double lost = threePasses(playback).maxAbsDifference(fullFilter(values));
        assertTrue(lost > 0.5, "the split loses information: " + lost);
        assertEquals(NumberText.of(lost), line(frame, "counts.lost").arguments().get(0));
    }

    /** Pointing at any cell of the stage's figure or its board answers, in every stage. */
    @Test
    void everyStageAnswersThePointer() {
        Playback playback = LESSON.prepare(values(FlattenedLesson.LEARNED));
        DrawContext context = new DrawContext(Palette.LIGHT, Font.font(Font.getDefault().getFamily(), 14),
                role -> I18n.format(Locale.ENGLISH, role.labelKey()),
                message -> I18n.format(Locale.ENGLISH, message.key(), message.arguments().toArray()));
        int probed = 0;
        for (long step : new long[] {0, 36, 60, 76, 80}) {
            Figure figure = playback.frame(step).figure();
            for (int x = 5; x < 1000; x += 10) {
                for (int y = 5; y < 700; y += 10) {
                    Optional<Hit> hit = StagePainter.hitTest(figure, x, y, 1000, 700, context);
                    if (hit.isPresent()) {
                        assertFalse(playback.probe(step, hit.get()).counts().isEmpty(), hit.get().toString());
                        probed++;
                    }
                }
            }
        }
        assertTrue(probed > 100, "cells found: " + probed);
    }
}
