package org.convatlas.compute;

import static org.convatlas.compute.InvalidArgumentAssertions.assertMessage;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class GriddingCoverageTest {

    private static List<GriddingCoverage.Layer> layers(int kernel, int... dilations) {
        return Arrays.stream(dilations).mapToObj(d -> new GriddingCoverage.Layer(kernel, d)).toList();
    }

    /** Every path, one tap per layer, walked one by one on an R x R grid. */
    private static float[] enumeratePaths(List<GriddingCoverage.Layer> layers, int size) {
        float[] counts = new float[size * size];
        walk(layers, 0, 0, 0, size, counts);
        return counts;
    }

    private static void walk(List<GriddingCoverage.Layer> layers, int depth, int y, int x, int size, float[] counts) {
        if (depth == layers.size()) {
            counts[y * size + x]++;
            return;
        }
        GriddingCoverage.Layer layer = layers.get(depth);
        for (int i = 0; i < layer.kernel(); i++) {
            for (int j = 0; j < layer.kernel(); j++) {
                walk(layers, depth + 1, y + i * layer.dilation(), x + j * layer.dilation(), size, counts);
            }
        }
    }

    @Test
    void threeLayersOfDilationTwoTouchOnlyEveryOtherRowAndColumn() {
        GriddingCoverage coverage = GriddingCoverage.of(layers(3, 2, 2, 2));
        assertEquals(13, coverage.size());
        assertEquals(49.0 / 169.0, coverage.touchedFraction(), 1e-12);
        // along one axis the paths are 1 3 6 7 6 3 1 on the even cells: the trinomial coefficients
        assertEquals(49, coverage.paths(6, 6));
        assertEquals(0, coverage.paths(6, 5));
        assertEquals(3, coverage.paths(0, 2));
    }

    @Test
    void hybridRates125TouchEveryCell() {
        GriddingCoverage coverage = GriddingCoverage.of(layers(3, 1, 2, 5));
        assertEquals(17, coverage.size());
        assertEquals(1.0, coverage.touchedFraction());
        float[] expected = enumeratePaths(layers(3, 1, 2, 5), 17);
        assertArrayEquals(expected, coverage.coverage().data());
        float total = 0;
        for (float v : expected) {
            total += v;
        }
        assertEquals(Math.pow(9, 3), total, "every path is counted once");
    }

    @Test
    void matchesPathEnumerationOnRandomStacks() {
        Random random = new Random(7);
        for (int trial = 0; trial < 20; trial++) {
            int depth = 1 + random.nextInt(3);
            List<GriddingCoverage.Layer> stack = random.ints(depth, 0, 100)
                    .mapToObj(n -> new GriddingCoverage.Layer(1 + random.nextInt(4), 1 + random.nextInt(4))).toList();
            GriddingCoverage coverage = GriddingCoverage.of(stack);
            Tensor map = coverage.coverage();
            assertArrayEquals(new int[] {coverage.size(), coverage.size()}, map.shape());
            assertArrayEquals(enumeratePaths(stack, coverage.size()), map.data(), stack.toString());
        }
    }

    @Test
    void rejectsBadLayers() {
        assertMessage("dilation must be at least 1 (got 0)", () -> new GriddingCoverage.Layer(3, 0));
        assertMessage("layers must hold at least one item (got none)", () -> GriddingCoverage.of(List.of()));
        assertThrows(InvalidArgumentException.class,
                () -> GriddingCoverage.of(List.of(new GriddingCoverage.Layer(3, 30_000))));
    }
}
