package org.convatlas.compute;

import static org.convatlas.compute.InvalidArgumentAssertions.assertMessage;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SpatiallySeparableCountsTest {

    @Test
    void eachStepUsesItsOwnAxisOfTheWindow() {
        // x [2, 9, 8], 3x3 taps, stride (2, 3), pads top 1 bottom 0 left 2 right 1, dilation (1, 2):
        // column step [4, 2, 3, 1] -> [4, 4, 8] (height (9 + 1 - 3) / 2 + 1 = 4): 4*2*3 * 4*8 = 768
        // row step [5, 4, 1, 3] -> [5, 4, 3] (width (8 + 3 - 5) / 3 + 1 = 3): 5*4*3 * 4*3 = 720
        Window2d window = new Window2d(2, 3, new Pads2d(1, 2, 0, 1), 1, 2);
        OpCount count = Counts.spatiallySeparable(new int[] {2, 9, 8}, new int[] {4, 2, 3, 1}, new int[] {5, 4, 1, 3},
                window);
        assertEquals(new OpCount(768 + 720, 24 + 60), count);
        int[] full = Conv2d.outputShape(new int[] {2, 9, 8}, new int[] {5, 2, 3, 3},
                new Conv2dParams(window, 1, false));
        assertEquals(5 * 4 * 3, full[0] * full[1] * full[2], "the same output as the unfactorized convolution");
    }

    @Test
    void rejectsKernelsThatAreNotAColumnAndARow() {
        assertMessage("column kernel width wColumn.shape[3] must equal one column = 1 (got 3)",
                () -> Counts.spatiallySeparable(new int[] {1, 5, 5}, new int[] {1, 1, 3, 3},
                        new int[] {1, 1, 1, 3}, Window2d.DEFAULT));
        assertMessage("row kernel height wRow.shape[2] must equal one row = 1 (got 3)",
                () -> Counts.spatiallySeparable(new int[] {1, 5, 5}, new int[] {1, 1, 3, 1},
                        new int[] {1, 1, 3, 3}, Window2d.DEFAULT));
        assertMessage("weights' input channels w.shape[1] must equal input channels / groups = 2 (got 1)",
                () -> Counts.spatiallySeparable(new int[] {1, 5, 5}, new int[] {2, 1, 3, 1},
                        new int[] {1, 1, 1, 3}, Window2d.DEFAULT));
    }
}
