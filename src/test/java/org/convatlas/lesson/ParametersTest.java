package org.convatlas.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
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
}
