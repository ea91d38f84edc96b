package org.convatlas.lesson.stack;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.convatlas.compute.trace.Coordinates;

/**
 * A tensor shape read as a stack of 2-D sheets: its last two axes are rows and columns, and the axes before them
 * number the sheets, row-major. So {@code [C, H, W]} is {@code C} sheets, a volume {@code [1, D, H, W]} is {@code D}
 * sheets (its depth slices), and weights {@code [Cout, Cin, kH, kW]} are {@code Cout*Cin} sheets, those of filter
 * {@code co} being {@code co*Cin ... co*Cin + Cin - 1}. Sheet {@code s} holds the elements from {@code s*rows*columns}
 * of the row-major data on.
 */
public final class StackShape {

    private final int[] shape;

    StackShape(int... shape) {
        if (shape.length < 2) {
            throw new IllegalArgumentException("a stack of sheets needs at least two axes (got "
                    + Arrays.toString(shape) + ")");
        }
        this.shape = shape.clone();
    }

    int rows() {
        return shape[shape.length - 2];
    }

    int columns() {
        return shape[shape.length - 1];
    }

    /** The number of sheets: the product of the leading axes. */
    int sheets() {
        int count = 1;
        for (int axis = 0; axis < shape.length - 2; axis++) {
            count *= shape[axis];
        }
        return count;
    }

    /**
     * The sheet of the element at {@code at}: its leading coordinates, flattened row-major. No range check, so that
     * a padding cell before or after the stack (a depth coordinate below 0 or past the last slice) gets a sheet
     * number before 0 or past the last sheet.
     */
    int sheetOf(Coordinates at) {
        int sheet = 0;
        for (int axis = 0; axis < shape.length - 2; axis++) {
            sheet = sheet * shape[axis] + at.get(axis);
        }
        return sheet;
    }

    /** The row of the element at {@code at}. */
    static int rowOf(Coordinates at) {
        return at.get(at.rank() - 2);
    }

    /** The column of the element at {@code at}. */
    static int columnOf(Coordinates at) {
        return at.get(at.rank() - 1);
    }

    /**
     * The leading coordinates of sheet {@code sheet}. A sheet before the first or past the last (a padding slice of a
     * one-channel volume) lies along the last leading axis, the others at 0: sheet {@code -1} of {@code [1, D, H, W]}
     * is {@code (0, -1)}.
     */
    int[] leadingOf(int sheet) {
        int[] leading = Arrays.copyOf(shape, shape.length - 2);
        if (sheet >= 0 && sheet < sheets()) {
            return Coordinates.ofFlatIndex(sheet, leading).toArray();
        }
        int[] outside = new int[leading.length];
        outside[outside.length - 1] = sheet;
        return outside;
    }

    /**
     * The coordinates of the cell at row {@code row}, column {@code column} of sheet {@code sheet} (any of them
     * outside the tensor for padding): the leading coordinates of the sheet, then the row and column.
     */
    Coordinates cell(int sheet, int row, int column) {
        int[] leading = leadingOf(sheet);
        int[] at = Arrays.copyOf(leading, leading.length + 2);
        at[leading.length] = row;
        at[leading.length + 1] = column;
        return Coordinates.of(at);
    }

    /** The leading coordinates of sheet {@code sheet}, as an index to print: {@code 0,2}. */
    String address(int sheet) {
        return Arrays.stream(leadingOf(sheet)).mapToObj(Integer::toString).collect(Collectors.joining(","));
    }

    /** The shape as printed in captions: {@code 3×5×5}. */
    public static String dimensions(int... shape) {
        return Arrays.stream(shape).mapToObj(Integer::toString).collect(Collectors.joining("×"));
    }
}
