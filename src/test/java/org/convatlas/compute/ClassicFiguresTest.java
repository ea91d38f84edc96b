package org.convatlas.compute;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The figures that textbooks and well-known articles quote, recomputed by the engine. */
class ClassicFiguresTest {

    private static final Conv2dParams PLAIN = Conv2dParams.DEFAULT;

    @Test
    void threeByThreeOnFiveByFiveTakes81Multiplies() {
        assertEquals(new OpCount(81, 9), Counts.conv2d(new int[] {1, 5, 5}, new int[] {1, 1, 3, 3}, false, PLAIN));
    }

    @Test
    void threeByOneThenOneByThreeTakes45Plus27() {
        int[] x = {1, 5, 5};
        OpCount column = Counts.conv2d(x, new int[] {1, 1, 3, 1}, false, PLAIN);
        OpCount row = Counts.conv2d(new int[] {1, 3, 5}, new int[] {1, 1, 1, 3}, false, PLAIN);
        assertEquals(45, column.multiplies());
        assertEquals(27, row.multiplies());
        assertEquals(new OpCount(72, 6),
                Counts.spatiallySeparable(x, new int[] {1, 1, 3, 1}, new int[] {1, 1, 1, 3}, Window2d.DEFAULT));
    }

    @Test
    void separableAgainstStandardOnNByN() {
        int m = 3;
        for (int n = 3; n <= 12; n++) {
            int[] x = {1, n, n};
            long standard = Counts.conv2d(x, new int[] {1, 1, m, m}, false, PLAIN).multiplies();
            long separable = Counts.spatiallySeparable(x, new int[] {1, 1, m, 1}, new int[] {1, 1, 1, m},
                    Window2d.DEFAULT).multiplies();
            assertEquals((long) (n - 2) * (n - 2) * m * m, standard, "N = " + n);
            assertEquals((long) (2 * n - 2) * (n - 2) * m, separable, "N = " + n);
        }
    }

    @Test
    void sevenBySevenByThreeToFiveByFiveBy128Takes86400() {
        OpCount standard = Counts.conv2d(new int[] {3, 7, 7}, new int[] {128, 3, 3, 3}, false, PLAIN);
        assertEquals(new OpCount(86_400, 3_456), standard);
    }

    @Test
    void depthwiseSeparableTakes675Plus9600() {
        // depthwise: conv2d with groups = Cin; pointwise: 1x1 conv2d
        OpCount depthwise = Counts.conv2d(new int[] {3, 7, 7}, new int[] {3, 1, 3, 3}, false, PLAIN.withGroups(3));
        OpCount pointwise = Counts.conv2d(new int[] {3, 5, 5}, new int[] {128, 3, 1, 1}, false, PLAIN);
        assertEquals(675, depthwise.multiplies());
        assertEquals(9_600, pointwise.multiplies());
        long separable = depthwise.plus(pointwise).multiplies();
        assertEquals(10_275, separable);
        assertEquals(depthwise.plus(pointwise), Counts.depthwiseSeparable(new int[] {3, 7, 7},
                new int[] {3, 1, 3, 3}, new int[] {128, 3, 1, 1}, Window2d.DEFAULT));
        long standard = Counts.conv2d(new int[] {3, 7, 7}, new int[] {128, 3, 3, 3}, false, PLAIN).multiplies();
        // ratio 1/Nc + 1/h^2 with Nc = 128 output channels and h = 3
        assertEquals(1.0 / 128 + 1.0 / 9, (double) separable / standard, 1e-15);
    }

    @Test
    void groupsDivideParametersAndMultiplies() {
        int[] x = {8, 10, 10};
        OpCount whole = Counts.conv2d(x, new int[] {16, 8, 3, 3}, false, PLAIN);
        for (int groups : new int[] {1, 2, 4, 8}) {
            OpCount grouped = Counts.conv2d(x, new int[] {16, 8 / groups, 3, 3}, false, PLAIN.withGroups(groups));
            assertEquals(whole.multiplies() / groups, grouped.multiplies(), "groups " + groups);
            assertEquals(whole.parameters() / groups, grouped.parameters(), "groups " + groups);
        }
    }

    @Test
    void dilations124OnStackedThreeByThreeSee3And7And15() {
        List<ReceptiveField> fields = ReceptiveField.of(List.of(new ReceptiveField.Layer(3, 1, 1, 1),
                new ReceptiveField.Layer(3, 1, 2, 2), new ReceptiveField.Layer(3, 1, 4, 4)));
        assertEquals(List.of(3L, 7L, 15L), fields.stream().map(ReceptiveField::size).toList());
    }

    @Test
    void effectiveKernelSizeIsKPlusKMinusOneTimesRMinusOne() {
        for (int k = 1; k <= 7; k++) {
            for (int r = 1; r <= 5; r++) {
                assertEquals(k + (k - 1) * (r - 1), ConvArithmetic.reach(k, r), "k " + k + ", r " + r);
            }
        }
        assertEquals(5, ConvArithmetic.reach(3, 2));
    }

    @Test
    void outputSizesOfValidSameAndFull() {
        for (int width = 5; width <= 12; width++) {
            for (int kernel = 1; kernel <= 5; kernel++) {
                for (int stride = 1; stride <= 3; stride++) {
                    assertEquals(ceilDiv(width - kernel + 1, stride), size(PaddingMode.VALID, width, kernel, stride));
                    assertEquals(ceilDiv(width, stride), size(PaddingMode.SAME, width, kernel, stride));
                }
                assertEquals(width + kernel - 1, size(PaddingMode.FULL, width, kernel, 1));
            }
        }
    }

    private static int size(PaddingMode mode, int width, int kernel, int stride) {
        int[] pads = mode.along(width, kernel, stride, 1);
        return ConvArithmetic.outputSize("width", width, pads[0], pads[1], kernel, stride, 1);
    }

    private static int ceilDiv(int a, int b) {
        return (a + b - 1) / b;
    }
}
