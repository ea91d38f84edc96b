package org.convatlas.compute;

import java.util.List;

/**
 * What one unit of the last layer of a stack reads, along one axis, in the coordinates of the stack's input (input
 * cell {@code i} at coordinate {@code i}; negative coordinates and those past the input are padding). With
 * {@link ReceptiveField} {@code (r, j, c)} of the last layer, unit {@code u} sees the cells
 * {@code [c + u·j − (r − 1)/2, c + u·j + (r − 1)/2]}, {@code r} of them; its first cell is always a whole number.
 *
 * <p>Its taps: tap {@code i} of unit {@code u} of a layer with kernel {@code k}, stride {@code s}, dilation
 * {@code d} and padding {@code p} reads unit {@code u·s − p + i·d} of the layer before, whose own field is centred
 * on {@code c' + (u·s − p + i·d)·j'} ({@code (r', j', c')} the field of the layer before; the input itself for the
 * first layer). Those centres are the sampled points of the usual pictures of dilated convolution.
 *
 * @param first the coordinate of the first cell the unit sees
 * @param size  how many cells it sees, {@code r}
 */
public record UnitField(long first, long size) {

    /**
     * The cells unit {@code unit} of the last of {@code layers} sees (layer 1 reads the input).
     *
     * @throws InvalidArgumentException as {@link ReceptiveField#of}, or if the unit is negative
     */
    public static UnitField of(List<ReceptiveField.Layer> layers, long unit) {
        Checks.atLeast("unit", (int) Math.min(unit, Integer.MAX_VALUE), 0);
        ReceptiveField field = ReceptiveField.of(layers).get(layers.size() - 1);
        return new UnitField(Math.round(field.firstCell()) + unit * field.jump(), field.size());
    }

    /**
     * The input coordinates of the centres of the fields that the taps of unit {@code unit} of the last of
     * {@code layers} read, tap 0 first: {@code c' + (u·s − p + i·d)·j'} for {@code i = 0 … k − 1}.
     *
     * @throws InvalidArgumentException as {@link #of}
     */
    public static double[] tapCentres(List<ReceptiveField.Layer> layers, long unit) {
        Checks.items("layers", layers);
        Checks.atLeast("unit", (int) Math.min(unit, Integer.MAX_VALUE), 0);
        int n = layers.size();
        ReceptiveField before = n == 1 ? ReceptiveField.INPUT : ReceptiveField.of(layers.subList(0, n - 1)).get(n - 2);
        ReceptiveField.Layer last = layers.get(n - 1);
        double[] centres = new double[last.kernel()];
        for (int i = 0; i < centres.length; i++) {
            long read = unit * last.stride() - last.padding() + (long) i * last.dilation();
            centres[i] = before.centre() + read * before.jump();
        }
        return centres;
    }

    /** The coordinate of the last cell the unit sees, {@code first + size − 1}. */
    public long last() {
        return first + size - 1;
    }
}
