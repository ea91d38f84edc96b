package org.convatlas.compute;

import static org.convatlas.compute.InvalidArgumentAssertions.assertMessage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReceptiveFieldTest {

    private static ReceptiveField.Layer layer(int kernel, int stride, int dilation, int padding) {
        return new ReceptiveField.Layer(kernel, stride, dilation, padding);
    }

    @Test
    void stackedDilations124OfThreeByThreeSeeThreeSevenFifteenCells() {
        List<ReceptiveField> fields = ReceptiveField.of(List.of(layer(3, 1, 1, 1), layer(3, 1, 2, 2),
                layer(3, 1, 4, 4)));
        assertEquals(List.of(3L, 7L, 15L), fields.stream().map(ReceptiveField::size).toList());
        assertEquals(List.of(1L, 1L, 1L), fields.stream().map(ReceptiveField::jump).toList());
        // "same" padding keeps unit 0 centred on input cell 0
        assertEquals(List.of(0.0, 0.0, 0.0), fields.stream().map(ReceptiveField::centre).toList());
    }

    @Test
    void strideThenDilationMatchesTheReferenceCase() {
        List<ReceptiveField> fields = ReceptiveField.of(List.of(layer(3, 2, 1, 0), layer(3, 1, 2, 1),
                layer(3, 1, 4, 4), layer(1, 1, 1, 0)));
        assertEquals(List.of(3L, 11L, 27L, 27L), fields.stream().map(ReceptiveField::size).toList());
        assertEquals(List.of(2L, 2L, 2L, 2L), fields.stream().map(ReceptiveField::jump).toList());
        assertEquals(List.of(1.0, 3.0, 3.0, 3.0), fields.stream().map(ReceptiveField::centre).toList());
    }

    @Test
    void convThenPoolByHand() {
        // conv 3 (pad 1), pool 2 stride 2, conv 3 (no pad):
        // sizes 3, 4, 4 + 2*2 = 8; jumps 1, 2, 2; centres 0, 0 + (0.5 - 0) = 0.5, 0.5 + (1 - 0) * 2 = 2.5
        List<ReceptiveField> fields = ReceptiveField.of(List.of(layer(3, 1, 1, 1), layer(2, 2, 1, 0),
                layer(3, 1, 1, 0)));
        assertEquals(new ReceptiveField(3, 1, 0), fields.get(0));
        assertEquals(new ReceptiveField(4, 2, 0.5), fields.get(1));
        assertEquals(new ReceptiveField(8, 2, 2.5), fields.get(2));
        assertEquals(-1.0, fields.get(2).firstCell());
        assertEquals(6.0, fields.get(2).lastCell());
    }

    @Test
    void paddingMovesTheCentreBeforeTheInput() {
        ReceptiveField field = ReceptiveField.INPUT.through(layer(3, 1, 1, 3));
        assertEquals(-2.0, field.centre());
        assertEquals(-3.0, field.firstCell());
    }

    @Test
    void twoAxesAreIndependent() {
        Window2d window = new Window2d(2, 1, new Pads2d(1, 0, 1, 0), 1, 3);
        List<ReceptiveField2d> fields = ReceptiveField2d.of(List.of(new ReceptiveField2d.Layer(3, 2, window),
                new ReceptiveField2d.Layer(3, 3, Window2d.DEFAULT)));
        assertEquals(ReceptiveField.of(List.of(layer(3, 2, 1, 1), layer(3, 1, 1, 0))),
                fields.stream().map(ReceptiveField2d::vertical).toList());
        assertEquals(ReceptiveField.of(List.of(layer(2, 1, 3, 0), layer(3, 1, 1, 0))),
                fields.stream().map(ReceptiveField2d::horizontal).toList());
        assertEquals(new ReceptiveField(6, 1, 2.5), fields.get(1).horizontal());
    }

    @Test
    void rejectsBadLayersInPlainWords() {
        assertMessage("stride must be at least 1 (got 0)", () -> layer(3, 0, 1, 0));
        assertMessage("padding must be at least 0 (got -1)", () -> layer(3, 1, 1, -1));
        assertMessage("layers must hold at least one item (got none)", () -> ReceptiveField.of(List.of()));
        assertThrows(InvalidArgumentException.class,
                () -> ReceptiveField.of(List.of(layer(3, Integer.MAX_VALUE, 1, 0), layer(3, Integer.MAX_VALUE, 1, 0),
                        layer(3, Integer.MAX_VALUE, 1, 0))));
    }
}
