package org.convatlas.compute;

import java.util.ArrayList;
import java.util.List;

/**
 * The receptive field of the units of one layer in a stack of sliding-window layers, along one axis, in input
 * cells (input cell {@code i} sits at coordinate {@code i}):
 * <ul>
 *   <li>{@code size}: how many input cells one unit sees, {@code r_l = r_(l-1) + (k_l - 1) * d_l * j_(l-1)};</li>
 *   <li>{@code jump}: the distance in input cells between neighbouring units, {@code j_l = j_(l-1) * s_l};</li>
 *   <li>{@code centre}: the coordinate of the centre of unit 0's field,
 *       {@code c_l = c_(l-1) + ((k_l - 1) * d_l / 2 - p_l) * j_(l-1)} (the {@code start} of the usual
 *       receptive-field arithmetic);</li>
 * </ul>
 * starting from the input itself, {@code r_0 = 1, j_0 = 1, c_0 = 0}. Unit {@code u} of the layer is centred on
 * {@code centre + u * jump}. Fields are not clipped to the input: cells of the padding count, so the centre can
 * be negative, and it is a half-integer where a reach {@code (k - 1) * d} is odd (an even kernel).
 *
 * @param size   receptive-field size, in input cells
 * @param jump   input cells between neighbouring units
 * @param centre input coordinate of the centre of unit 0's field
 */
public record ReceptiveField(long size, long jump, double centre) {

    /**
     * One layer of the stack along one axis: kernel size {@code k}, stride {@code s}, dilation {@code d} and the
     * zeros {@code p} added before the first cell of the layer's input (padding after the last cell does not move
     * any field, so it is not needed here).
     */
    public record Layer(int kernel, int stride, int dilation, int padding) {

        public Layer {
            Checks.atLeast("kernel", kernel, 1);
            Checks.atLeast("stride", stride, 1);
            Checks.atLeast("dilation", dilation, 1);
            Checks.atLeast("padding", padding, 0);
        }
    }

    /** The field of an input cell: itself ({@code r_0 = 1, j_0 = 1, c_0 = 0}). */
    public static final ReceptiveField INPUT = new ReceptiveField(1, 1, 0);

    /**
     * The fields of every layer of a stack; element {@code l - 1} belongs to layer {@code l}, and layer 1 reads the
     * input.
     *
     * @throws InvalidArgumentException if the list is empty or has a missing layer, or a field grows beyond
     *                                  {@link Long#MAX_VALUE} cells
     */
    public static List<ReceptiveField> of(List<Layer> layers) {
        Checks.items("layers", layers);
        List<ReceptiveField> fields = new ArrayList<>(layers.size());
        ReceptiveField field = INPUT;
        for (Layer layer : layers) {
            field = field.through(layer);
            fields.add(field);
        }
        return List.copyOf(fields);
    }

    /**
     * The field of the units of {@code layer} when this is the field of the units it reads.
     *
     * @throws InvalidArgumentException if the size or jump would exceed {@link Long#MAX_VALUE} cells
     */
    public ReceptiveField through(Layer layer) {
        try {
            long reach = Math.multiplyExact((long) layer.kernel() - 1, layer.dilation());
            long newSize = Math.addExact(size, Math.multiplyExact(reach, jump));
            long newJump = Math.multiplyExact(jump, layer.stride());
            double newCentre = centre + (reach / 2.0 - layer.padding()) * jump;
            return new ReceptiveField(newSize, newJump, newCentre);
        } catch (ArithmeticException overflow) {
            throw new InvalidArgumentException("the receptive field grows beyond " + Long.MAX_VALUE
                    + " cells; use fewer or smaller layers");
        }
    }

    /** The coordinate of the first cell of unit 0's field, {@code centre - (size - 1) / 2}. */
    public double firstCell() {
        return centre - (size - 1) / 2.0;
    }

    /** The coordinate of the last cell of unit 0's field, {@code centre + (size - 1) / 2}. */
    public double lastCell() {
        return centre + (size - 1) / 2.0;
    }
}
