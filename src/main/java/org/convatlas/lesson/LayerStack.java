package org.convatlas.lesson;

import java.util.ArrayList;
import java.util.List;
import org.convatlas.compute.InvalidArgumentException;
import org.convatlas.compute.ReceptiveField2d;

/**
 * The layers of a stack, first (the one that reads the input) to last; immutable, at least one layer.
 *
 * @param layers the layers in order
 */
public record LayerStack(List<StackLayer> layers) {

    public LayerStack {
        layers = List.copyOf(layers);
        if (layers.isEmpty()) {
            throw new InvalidArgumentException("a stack needs at least one layer (got none)");
        }
    }

    /** The stack of {@code layers}, in this order. */
    public static LayerStack of(StackLayer... layers) {
        return new LayerStack(List.of(layers));
    }

    /** {@code count} copies of {@code layer}. */
    public static LayerStack repeated(StackLayer layer, int count) {
        return new LayerStack(java.util.Collections.nCopies(count, layer));
    }

    public int size() {
        return layers.size();
    }

    public StackLayer get(int index) {
        return layers.get(index);
    }

    /** The layers as the engine's receptive-field arithmetic takes them. */
    public List<ReceptiveField2d.Layer> engineLayers() {
        return layers.stream().map(StackLayer::engineLayer).toList();
    }

    /** The kernels in order, as a caption writes them: {@code 3×3 → 3×3}. */
    public String kernels() {
        return String.join(" \u2192 ", layers.stream().map(l -> l.kernelH() + "\u00D7" + l.kernelW()).toList());
    }

    /**
     * The stack as a command line writes it: the layers separated by commas, each {@code KHxKW:s:d:p} (kernel
     * height and width, stride, dilation, padding), for example {@code 3x3:1:1:0,3x3:1:2:0}.
     */
    public String spec() {
        return String.join(",", layers.stream().map(l -> l.kernelH() + "x" + l.kernelW() + ":" + l.stride() + ":"
                + l.dilation() + ":" + l.padding()).toList());
    }

    /**
     * The stack {@link #spec()} writes; a layer may leave out its stride, dilation and padding ({@code 3x3} is
     * {@code 3x3:1:1:0}).
     *
     * @return null if {@code text} is not written so
     * @throws InvalidArgumentException if the engine refuses a value of a layer
     */
    public static LayerStack parse(String text) {
        List<StackLayer> parsed = new ArrayList<>();
        for (String layer : text.split(",", -1)) {
            String[] parts = layer.strip().split(":", -1);
            String[] sides = parts[0].split("x", -1);
            if (sides.length != 2 || parts.length > 4) {
                return null;
            }
            int[] values = {0, 0, 1, 1, 0};
            try {
                values[0] = Integer.parseInt(sides[0].strip());
                values[1] = Integer.parseInt(sides[1].strip());
                for (int i = 1; i < parts.length; i++) {
                    values[i + 1] = Integer.parseInt(parts[i].strip());
                }
            } catch (NumberFormatException e) {
                return null;
            }
            parsed.add(new StackLayer(values[0], values[1], values[2], values[3], values[4]));
        }
        return new LayerStack(parsed);
    }

    /** This stack with layer {@code index} replaced by {@code layer}. */
    public LayerStack with(int index, StackLayer layer) {
        List<StackLayer> changed = new ArrayList<>(layers);
        changed.set(index, layer);
        return new LayerStack(changed);
    }

    /** This stack with a copy of its last layer added on top. */
    public LayerStack withLayerAdded() {
        List<StackLayer> more = new ArrayList<>(layers);
        more.add(layers.get(layers.size() - 1));
        return new LayerStack(more);
    }

    /**
     * This stack without layer {@code index}.
     *
     * @throws InvalidArgumentException if it is the only layer
     */
    public LayerStack withLayerRemoved(int index) {
        List<StackLayer> fewer = new ArrayList<>(layers);
        fewer.remove(index);
        return new LayerStack(fewer);
    }
}
