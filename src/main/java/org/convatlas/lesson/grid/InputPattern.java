package org.convatlas.lesson.grid;

import org.convatlas.compute.Tensor;

/**
 * The inputs the grid lessons offer, each made for any size {@code H × W}: numbers worth following by hand for small
 * grids, shapes whose edges show in a heat map for large ones.
 */
public enum InputPattern {
    /**
     * The input of the classic worked example, repeated to fill the grid:
     * {@code [1 2 0 3; 0 1 2 1; 3 1 0 2; 2 0 1 1]}.
     */
    CLASSIC("classic"),
    /** 1, 2, 3, ... row after row, so that every cell can be told apart. */
    COUNTING("counting"),
    /** A single 1 at the centre cell {@code ((H-1)/2, (W-1)/2)}: the output is the kernel's imprint. */
    IMPULSE("impulse"),
    /** 0 in the left half, 1 in the right half (from column {@code W/2}): one vertical edge. */
    EDGE("edge"),
    /** 1 inside the disc of diameter two thirds of the shorter side centred on the grid, 0 outside. */
    DISC("disc");

    private static final int[] CLASSIC_4X4 = {1, 2, 0, 3, 0, 1, 2, 1, 3, 1, 0, 2, 2, 0, 1, 1};

    private final String keySuffix;

    InputPattern(String keySuffix) {
        this.keySuffix = keySuffix;
    }

    /** The bundle key of the pattern's name, {@code input.pattern.<name>}. */
    public String labelKey() {
        return "input.pattern." + keySuffix;
    }

    /** The pattern as a one-channel input {@code [1, rows, columns]}. */
    public Tensor tensor(int rows, int columns) {
        float[] data = new float[rows * columns];
        for (int y = 0; y < rows; y++) {
            for (int x = 0; x < columns; x++) {
                data[y * columns + x] = value(y, x, rows, columns);
            }
        }
        return Tensor.of(data, 1, rows, columns);
    }

    private float value(int y, int x, int rows, int columns) {
        return switch (this) {
            case CLASSIC -> CLASSIC_4X4[(y % 4) * 4 + x % 4];
            case COUNTING -> y * columns + x + 1;
            case IMPULSE -> y == (rows - 1) / 2 && x == (columns - 1) / 2 ? 1 : 0;
            case EDGE -> x >= columns / 2 ? 1 : 0;
            case DISC -> {
                // distance from the centre of the grid, in cells, against a third of the shorter side
                double dy = y - (rows - 1) / 2.0;
                double dx = x - (columns - 1) / 2.0;
                double radius = Math.min(rows, columns) / 3.0;
                yield dy * dy + dx * dx <= radius * radius ? 1 : 0;
            }
        };
    }
}
