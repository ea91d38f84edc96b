package org.convatlas.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.convatlas.compute.InvalidArgumentException;
import org.junit.jupiter.api.Test;

class ParametersTest {

    private static final IntParameter STRIDE = new IntParameter("stride", "k.stride", 1, 4, 1);
    private static final BooleanParameter FLIP = new BooleanParameter("flip", "k.flip", false);

    @Test
    void descriptorsRefuseImpossibleDefaults() {
        assertThrows(IllegalArgumentException.class, () -> new IntParameter("p", "k", 1, 4, 5));
        assertThrows(IllegalArgumentException.class, () -> new IntParameter("p", "k", 4, 1, 2));
        assertThrows(IllegalArgumentException.class, () -> new ChoiceParameter<>("p", "k",
                List.of(new ChoiceParameter.Option<>("a", "k.a")), "b"));
        assertThrows(IllegalArgumentException.class, () -> new KernelParameter("p", "k", 1, 3, Kernel.zeros(4, 1)));
    }

    @Test
    void parametersAcceptOnlyTheirValues() {
        assertTrue(STRIDE.accepts(4));
        assertFalse(STRIDE.accepts(5));
        assertFalse(STRIDE.accepts("2"));
        assertTrue(FLIP.accepts(true));
        assertFalse(FLIP.accepts(null));
    }

    @Test
    void valuesAreImmutableAndTyped() {
        ParameterValues defaults = ParameterValues.defaults(List.of(STRIDE, FLIP));
        ParameterValues changed = defaults.with(STRIDE, 3);
        assertEquals(1, defaults.get(STRIDE));
        assertEquals(3, changed.get(STRIDE));
        assertEquals(false, changed.get(FLIP));
        assertNotEquals(defaults, changed);
        assertEquals(defaults.with(STRIDE, 3), changed);
        assertEquals("{stride=3, flip=false}", changed.toString());
    }

    @Test
    void valuesRefuseUnknownParametersAndDuplicateNames() {
        ParameterValues values = ParameterValues.defaults(List.of(STRIDE));
        assertThrows(IllegalArgumentException.class, () -> values.get(FLIP));
        assertThrows(IllegalArgumentException.class, () -> values.with(STRIDE, 9));
        assertThrows(IllegalArgumentException.class, () -> ParameterValues.defaults(
                List.of(STRIDE, new IntParameter("stride", "k", 0, 1, 0))));
    }

    @Test
    void presetRefusesValuesItsParametersCannotTake() {
        assertThrows(IllegalArgumentException.class, () -> Preset.named("k").with(STRIDE, 0));
    }

    @Test
    void everyKindWritesAValueTheCommandLineReadsBack() {
        ChoiceParameter<String> shape = new ChoiceParameter<>("shape", "k.shape",
                List.of(new ChoiceParameter.Option<>("square", "k.shape.square"),
                        new ChoiceParameter.Option<>("round", "k.shape.round")), "square");
        KernelParameter kernel = new KernelParameter("kernel", "k.kernel", 1, 7, Kernel.zeros(3, 3));
        RatesParameter rates = new RatesParameter("rates", "k.rates", 4, 9, DilationRates.of(1, 2));
        LayerStackParameter stack = new LayerStackParameter("stack", "k.stack", 4, 16,
                LayerStack.of(new StackLayer(3, 3, 1, 1, 0)));
        ImageParameter image = new ImageParameter("image", "k.image", SampleImage.CAMERA.image());
        assertRoundTrip(STRIDE, 3, "3");
        assertRoundTrip(FLIP, true, "true");
        assertRoundTrip(shape, "round", "round");
        assertRoundTrip(kernel, Kernel.of(2, 2, -1, 0.0625f, 0.04f, 3), "2x2:-1,0.0625,0.04,3");
        assertRoundTrip(rates, DilationRates.of(1, 2, 5), "1,2,5");
        assertRoundTrip(stack, LayerStack.of(new StackLayer(3, 1, 2, 1, 1), new StackLayer(1, 5, 1, 2, 0)),
                "3x1:2:1:1,1x5:1:2:0");
        assertRoundTrip(image, SampleImage.COINS.image(), "coins");
    }

    private static <T> void assertRoundTrip(Parameter<T> parameter, T value, String text) {
        assertEquals(text, parameter.format(value));
        assertEquals(value, parameter.parse(text, parameter.defaultValue()));
        assertEquals(value, parameter.parse("  " + text + " ", parameter.defaultValue()), "spaces around");
    }

    @Test
    void aTextThatGivesNoValueTheParameterTakesIsRefusedNamingTheParameterAndWhatItTakes() {
        KernelParameter kernel = new KernelParameter("kernel", "k.kernel", 1, 3, Kernel.zeros(3, 3));
        for (String text : List.of("5", "0", "three", "")) {
            InvalidArgumentException e = assertThrows(InvalidArgumentException.class,
                    () -> STRIDE.parse(text, 1));
            assertEquals("parameter stride takes a whole number from 1 to 4 (got " + text + ")", e.getMessage());
        }
        assertThrows(InvalidArgumentException.class, () -> FLIP.parse("yes", false));
        for (String text : List.of("3x3", "4x4:" + "0,".repeat(15) + "0", "2x2:1,2,3", "1x1:NaN", "1x1:Infinity")) {
            assertThrows(InvalidArgumentException.class, () -> kernel.parse(text, Kernel.zeros(3, 3)), text);
        }
    }

    @Test
    void aKernelPresetTakesTheCurrentKernelsSize() {
        KernelParameter kernel = new KernelParameter("kernel", "k.kernel", 1, 7, Kernel.zeros(3, 3));
        assertEquals(KernelPreset.SOBEL_X.kernel(5, 5), kernel.parse("sobelX", Kernel.zeros(5, 5)));
        InvalidArgumentException e = assertThrows(InvalidArgumentException.class,
                () -> kernel.parse("sharpen", Kernel.zeros(5, 5)));
        assertEquals("kernel sharpen has no 5x5 form", e.getMessage());
    }

    @Test
    void choicesAndSwitchesAreShownInTheLanguageAsked() {
        ChoiceParameter<String> shape = new ChoiceParameter<>("shape", "k.shape",
                List.of(new ChoiceParameter.Option<>("square", "k.shape.square")), "square");
        assertEquals("[k.shape.square]", shape.shown("square", message -> "[" + message.key() + "]"));
        assertEquals("[export.on]", FLIP.shown(true, message -> "[" + message.key() + "]"));
        assertEquals(List.of("k.shape", "k.shape.square"), shape.bundleKeys());
    }
}
