package org.convatlas.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.convatlas.compute.InvalidArgumentException;
import org.junit.jupiter.api.Test;

class LayerStackTest {

    private static final StackLayer THREE = StackLayer.square(3, 1, 1, 0);
    private final LayerStackParameter parameter = new LayerStackParameter("stack", "label", 3, 8,
            LayerStack.repeated(THREE, 2));

    @Test
    void aLayerTheEngineRefusesIsNotMadeAndSaysWhy() {
        assertEquals("kernel height must be at least 1 (got 0)",
                assertThrows(InvalidArgumentException.class, () -> THREE.with(StackLayer.Field.KERNEL_HEIGHT, 0))
                        .getMessage());
        assertEquals("dilation must be at least 1 (got 0)",
                assertThrows(InvalidArgumentException.class, () -> StackLayer.square(3, 1, 0, 0)).getMessage());
        assertEquals("padding top must be at least 0 (got -1)",
                assertThrows(InvalidArgumentException.class, () -> StackLayer.square(3, 1, 1, -1)).getMessage());
    }

    @Test
    void layersAreAddedAsCopiesOfTheTopOneAndRemovedDownToOne() {
        LayerStack stack = LayerStack.of(THREE, StackLayer.square(5, 2, 1, 2));
        LayerStack added = stack.withLayerAdded();
        assertEquals(3, added.size());
        assertEquals(stack.get(1), added.get(2));
        assertEquals(LayerStack.of(stack.get(1)), stack.withLayerRemoved(0));
        assertThrows(InvalidArgumentException.class, () -> LayerStack.of(THREE).withLayerRemoved(0));
        assertEquals(7, stack.with(0, THREE.with(StackLayer.Field.KERNEL_WIDTH, 7)).get(0).kernelW());
    }

    @Test
    void theParameterKeepsStacksWithinItsLimits() {
        assertTrue(parameter.accepts(LayerStack.repeated(THREE, 3)));
        assertFalse(parameter.accepts(LayerStack.repeated(THREE, 4)));
        assertFalse(parameter.accepts(LayerStack.of(THREE, StackLayer.square(3, 1, 9, 0))));
        assertFalse(parameter.accepts("3x3"));
        assertEquals("layer 2: dilation must be at most 8 (got 9)", assertThrows(InvalidArgumentException.class,
                () -> parameter.check(LayerStack.of(THREE, StackLayer.square(3, 1, 9, 0)))).getMessage());
        assertEquals("a stack has at most 3 layers (got 4)", assertThrows(InvalidArgumentException.class,
                () -> parameter.check(LayerStack.repeated(THREE, 4))).getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> new LayerStackParameter("s", "l", 1, 8, LayerStack.repeated(THREE, 2)));
    }

    @Test
    void aStackIsWrittenAndReadBackAsTheCommandLineWritesIt() {
        LayerStack stack = LayerStack.of(new StackLayer(1, 5, 1, 1, 0), StackLayer.square(3, 2, 4, 1));
        assertEquals("1x5:1:1:0,3x3:2:4:1", stack.spec());
        assertEquals("1\u00D75 \u2192 3\u00D73", stack.kernels());
        assertEquals(stack, LayerStack.parse(stack.spec()));
        assertEquals(LayerStack.repeated(THREE, 2), LayerStack.parse("3x3, 3x3"));
        assertEquals(null, LayerStack.parse("3x3:1:1:0:9"));
        assertEquals(null, LayerStack.parse("three"));
        assertEquals("stride must be at least 1 (got 0)",
                assertThrows(InvalidArgumentException.class, () -> LayerStack.parse("3x3:0")).getMessage());
    }
}
