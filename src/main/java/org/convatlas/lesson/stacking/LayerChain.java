package org.convatlas.lesson.stacking;

import java.util.ArrayList;
import java.util.List;
import org.convatlas.compute.Conv2dParams;
import org.convatlas.compute.ConvArithmetic;
import org.convatlas.compute.Counts;
import org.convatlas.compute.OpCount;
import org.convatlas.compute.ReceptiveField2d;
import org.convatlas.compute.UnitField;
import org.convatlas.lesson.LayerStack;
import org.convatlas.lesson.StackLayer;
import org.convatlas.render.grid.CellRange;

/**
 * A chain of layers, each reading the one before, over a square input of {@code size × size} cells, one channel in
 * and out per layer: the size of every grid (grid 0 is the input, grid {@code l} the output of layer {@code l}), the
 * weights of every layer and the receptive field of every layer's units, all from the engine
 * ({@link ConvArithmetic}, {@link Counts}, {@link ReceptiveField2d}, {@link UnitField}).
 */
final class LayerChain {

    private final LayerStack stack;
    private final List<ReceptiveField2d.Layer> layers;
    private final int[] heights;
    private final int[] widths;
    private final List<OpCount> counts = new ArrayList<>();
    private final List<ReceptiveField2d> fields;

    /**
     * @throws org.convatlas.compute.InvalidArgumentException if a layer does not fit the grid it reads
     */
    LayerChain(int size, LayerStack stack) {
        this.stack = stack;
        this.layers = stack.engineLayers();
        int n = stack.size();
        heights = new int[n + 1];
        widths = new int[n + 1];
        heights[0] = size;
        widths[0] = size;
        for (int l = 0; l < n; l++) {
            StackLayer layer = stack.get(l);
            int p = layer.padding();
            heights[l + 1] = ConvArithmetic.outputSize("height", heights[l], p, p, layer.kernelH(), layer.stride(),
                    layer.dilation());
            widths[l + 1] = ConvArithmetic.outputSize("width", widths[l], p, p, layer.kernelW(), layer.stride(),
                    layer.dilation());
            counts.add(Counts.conv2d(new int[] {1, heights[l], widths[l]},
                    new int[] {1, 1, layer.kernelH(), layer.kernelW()}, false,
                    Conv2dParams.DEFAULT.withWindow(layer.window())));
        }
        fields = ReceptiveField2d.of(layers);
    }

    /** The number of layers. */
    int depth() {
        return layers.size();
    }

    /** Layer {@code l}, from 1. */
    StackLayer layer(int l) {
        return stack.get(l - 1);
    }

    /** The rows of grid {@code g}: the input for 0, the output of layer {@code g} otherwise. */
    int height(int g) {
        return heights[g];
    }

    /** The columns of grid {@code g}. */
    int width(int g) {
        return widths[g];
    }

    /** The multiplies and weights of layer {@code l}, from 1. */
    OpCount count(int l) {
        return counts.get(l - 1);
    }

    /** The multiplies and weights of the whole chain. */
    OpCount count() {
        return counts.stream().reduce(new OpCount(0, 0), OpCount::plus);
    }

    /** The receptive field of the units of layer {@code l}, from 1, on the input. */
    ReceptiveField2d field(int l) {
        return fields.get(l - 1);
    }

    /** Whether layer {@code l} has a unit {@code (row, column)}. */
    boolean hasUnit(int l, int row, int column) {
        return row >= 0 && row < heights[l] && column >= 0 && column < widths[l];
    }

    /**
     * The cells of grid {@code g < l} that unit {@code (row, column)} of layer {@code l} reads, through layers
     * {@code g + 1 … l}; rows and columns outside the grid are padding.
     */
    CellRange fieldOn(int g, int l, int row, int column) {
        List<ReceptiveField2d.Layer> between = layers.subList(g, l);
        UnitField down = UnitField.of(between.stream().map(ReceptiveField2d.Layer::vertical).toList(), row);
        UnitField across = UnitField.of(between.stream().map(ReceptiveField2d.Layer::horizontal).toList(), column);
        return new CellRange(Math.toIntExact(down.first()), Math.toIntExact(across.first()),
                Math.toIntExact(down.size()), Math.toIntExact(across.size()));
    }
}
