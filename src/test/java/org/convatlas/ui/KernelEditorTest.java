package org.convatlas.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** How the kernel editor writes a weight in a narrow cell. */
class KernelEditorTest {

    @Test
    void weightsAreWrittenWholeOrToFourSignificantDigits() {
        assertEquals("-1", KernelEditor.shown(-1f));
        assertEquals("2", KernelEditor.shown(2f));
        assertEquals("0.0625", KernelEditor.shown(0.0625f));
        assertEquals("0.04", KernelEditor.shown(1f / 25));
        assertEquals("0.3333", KernelEditor.shown(1f / 3));
        assertEquals("-1.5", KernelEditor.shown(-1.5f));
        assertEquals("2.44e-4", KernelEditor.shown(1f / 4096));
        assertEquals("-9.77e-4", KernelEditor.shown(-1f / 1024));
    }
}
