package org.convatlas.compute;

import static org.convatlas.compute.Conv2dTest.assertMessage;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ConvArithmeticTest {

    @Test
    void reachIsTheDilatedKernelSize() {
        assertEquals(1, ConvArithmetic.reach(1, 4));
        assertEquals(3, ConvArithmetic.reach(3, 1));
        assertEquals(5, ConvArithmetic.reach(3, 2));
        assertEquals(10, ConvArithmetic.reach(4, 3));
    }

    @Test
    void outputSizeCountsTheWindowsThatFit() {
        assertEquals(2, ConvArithmetic.outputSize("height", 4, 0, 0, 3, 1, 1));
        // padded 7, reach 3, stride 2: windows at 0, 2, 4
        assertEquals(3, ConvArithmetic.outputSize("height", 5, 1, 1, 3, 2, 1));
        // padded 6, reach 3, stride 2: the last column is dropped
        assertEquals(2, ConvArithmetic.outputSize("width", 6, 0, 0, 3, 2, 1));
        // stride 3 above kernel 2: windows at 0, 3, 6 of 8 cells
        assertEquals(3, ConvArithmetic.outputSize("width", 8, 0, 0, 2, 3, 1));
        // reach exactly the padded input: a single window
        assertEquals(1, ConvArithmetic.outputSize("width", 3, 1, 1, 3, 1, 2));
        // asymmetric pads count once each
        assertEquals(7, ConvArithmetic.outputSize("height", 5, 0, 2, 1, 1, 1));
    }

    @Test
    void transposedOutputSizeInvertsTheConvolution() {
        // (2-1)*2 - 0 - 0 + 1*(3-1) + 0 + 1 = 5
        assertEquals(5, ConvArithmetic.transposedOutputSize("height", 2, 0, 0, 3, 2, 1, 0));
        // (4-1)*2 - 1 - 1 + 1*(4-1) + 0 + 1 = 8: the classic 2x upsampling
        assertEquals(8, ConvArithmetic.transposedOutputSize("height", 4, 1, 1, 4, 2, 1, 0));
        // output padding 1 recovers the column that stride 2 dropped: conv 6 -> 2, transposed 2 -> 6
        assertEquals(6, ConvArithmetic.transposedOutputSize("width", 2, 0, 0, 3, 2, 1, 1));
        // output padding below the dilation is allowed at stride 1: (3-1)*1 + 3*(2-1) + 2 + 1 = 8
        assertEquals(8, ConvArithmetic.transposedOutputSize("width", 3, 0, 0, 2, 1, 3, 2));
        for (int n = 2; n <= 9; n++) {
            for (int s = 1; s <= 3; s++) {
                int convolved = ConvArithmetic.outputSize("width", n, 1, 0, 2, s, 2);
                int lost = (n + 1 - ConvArithmetic.reach(2, 2)) % s;
                assertEquals(n, ConvArithmetic.transposedOutputSize("width", convolved, 1, 0, 2, s, 2, lost));
            }
        }
    }

    @Test
    void rejectsInvalidArguments() {
        assertMessage("kernel reach 7 exceeds padded input 6 (width); add padding or enlarge the input",
                () -> ConvArithmetic.outputSize("width", 4, 1, 1, 3, 1, 3));
        assertMessage("stride must be at least 1 (got 0)", () -> ConvArithmetic.outputSize("width", 4, 0, 0, 3, 0, 1));
        assertMessage("dilation must be at least 1 (got 0)",
                () -> ConvArithmetic.outputSize("width", 4, 0, 0, 3, 1, 0));
        assertMessage("input height must be at least 1 (got 0)",
                () -> ConvArithmetic.outputSize("height", 0, 1, 1, 1, 1, 1));
        assertMessage("kernel width must be at least 1 (got 0)",
                () -> ConvArithmetic.transposedOutputSize("width", 3, 0, 0, 0, 1, 1, 0));
        assertMessage("output padding 2 (height) must be smaller than the stride 2 or the dilation 2",
                () -> ConvArithmetic.transposedOutputSize("height", 3, 0, 0, 3, 2, 2, 2));
        assertMessage("output padding must be at least 0 (got -1)",
                () -> ConvArithmetic.transposedOutputSize("height", 3, 0, 0, 3, 2, 1, -1));
        assertMessage("padding 5 (width) removes the whole transposed output of size 5; reduce the padding",
                () -> ConvArithmetic.transposedOutputSize("width", 2, 2, 3, 2, 3, 1, 0));
    }
}
