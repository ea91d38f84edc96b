package org.convatlas.compute;

import static org.convatlas.compute.InvalidArgumentAssertions.assertMessage;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class UnitFieldTest {

    private static ReceptiveField.Layer layer(int kernel, int stride, int dilation, int padding) {
        return new ReceptiveField.Layer(kernel, stride, dilation, padding);
    }

    private static final List<ReceptiveField.Layer> DILATED_124 = List.of(layer(3, 1, 1, 0), layer(3, 1, 2, 0),
            layer(3, 1, 4, 0));

    @Test
    void unitZeroOfStackedDilationsSeesThreeSevenFifteenCellsFromTheFirst() {
        assertEquals(new UnitField(0, 3), UnitField.of(DILATED_124.subList(0, 1), 0));
        assertEquals(new UnitField(0, 7), UnitField.of(DILATED_124.subList(0, 2), 0));
        assertEquals(new UnitField(0, 15), UnitField.of(DILATED_124, 0));
        assertEquals(14, UnitField.of(DILATED_124, 0).last());
    }

    @Test
    void theTapsOfADilatedLayerLandOnTheCentresOfTheFieldsBelow() {
        // layer 3 (dilation 4) reads units 0, 4, 8 of layer 2, whose 7-cell fields are centred on 3, 7, 11
        assertArrayEquals(new double[] {3, 7, 11}, UnitField.tapCentres(DILATED_124, 0));
        // layer 1 reads the input cells themselves
        assertArrayEquals(new double[] {5, 6, 7}, UnitField.tapCentres(DILATED_124.subList(0, 1), 5));
    }

    @Test
    void strideMovesTheUnitsAndPaddingReachesBeforeTheInput() {
        // conv 3 stride 2 pad 1: unit u sees [2u - 1, 2u + 1]; a second conv 3 (pad 1) then sees [2u - 3, 2u + 3]
        List<ReceptiveField.Layer> layers = List.of(layer(3, 2, 1, 1), layer(3, 1, 1, 1));
        assertEquals(new UnitField(-1, 3), UnitField.of(layers.subList(0, 1), 0));
        assertEquals(new UnitField(5, 3), UnitField.of(layers.subList(0, 1), 3));
        assertEquals(new UnitField(-1, 7), UnitField.of(layers, 1));
        assertArrayEquals(new double[] {0, 2, 4}, UnitField.tapCentres(layers, 1));
    }

    @Test
    void anEvenKernelStartsOnAWholeCell() {
        assertEquals(new UnitField(2, 4), UnitField.of(List.of(layer(2, 1, 1, 0), layer(2, 1, 2, 0)), 2));
    }

    @Test
    void refusesANegativeUnitAndAnEmptyStack() {
        assertMessage("unit must be at least 0 (got -1)", () -> UnitField.of(DILATED_124, -1));
        assertThrows(InvalidArgumentException.class, () -> UnitField.tapCentres(List.of(), 0));
    }
}
