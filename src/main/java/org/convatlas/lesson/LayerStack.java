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
