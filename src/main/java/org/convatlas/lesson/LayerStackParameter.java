package org.convatlas.lesson;

import java.util.Optional;
import java.util.function.Function;
import org.convatlas.compute.InvalidArgumentException;
import org.convatlas.i18n.Message;

/**
 * A stack of layers the user builds: at most {@code maxLayers} layers, each value of a layer (kernel sides, stride,
 * dilation, padding) at most {@code maxValue}, so that the figure stays drawable. Edited with a table of layers,
 * one row each, that adds and removes rows; on the command line as {@link LayerStack#spec()} writes it.
 *
 * @param defaultValue the default stack
 */
public record LayerStackParameter(String id, String labelKey, int maxLayers, int maxValue, LayerStack defaultValue)
        implements Parameter<LayerStack> {

    public LayerStackParameter {
        ParameterNames.require(id, labelKey);
        if (maxLayers < 1 || maxValue < 1) {
            throw new IllegalArgumentException("parameter " + id + " needs maxLayers and maxValue of at least 1");
        }
        if (!fits(defaultValue, maxLayers, maxValue)) {
            throw new IllegalArgumentException("parameter " + id + ": the default stack " + defaultValue
                    + " exceeds its limits");
        }
    }

    @Override
    public boolean accepts(Object value) {
        return value instanceof LayerStack stack && fits(stack, maxLayers, maxValue);
    }

    @Override
    public Optional<LayerStack> read(String text, LayerStack current) {
        return Optional.ofNullable(LayerStack.parse(text));
    }

    @Override
    public String format(LayerStack value) {
        return value.spec();
    }

    @Override
    public String syntax() {
        return "layers KHxKW:stride:dilation:padding separated by commas, e.g. 3x3:1:1:0,3x3:1:2:0 (at most "
                + maxLayers + " layers, values up to " + maxValue + ")";
    }

    @Override
    public String shown(LayerStack value, Function<Message, String> texts) {
        return value.kernels();
    }

    @Override
    public <R> R editor(Editors<R> editors) {
        return editors.layerStack(this);
    }

    private static boolean fits(LayerStack stack, int maxLayers, int maxValue) {
        try {
            check(stack, maxLayers, maxValue);
            return true;
        } catch (InvalidArgumentException e) {
            return false;
        }
    }

    /**
     * Checks that {@code stack} is within this parameter's limits.
     *
     * @throws InvalidArgumentException naming the first value that is not, e.g.
     *                                  {@code layer 2: dilation must be at most 16 (got 20)}
     */
    public void check(LayerStack stack) {
        check(stack, maxLayers, maxValue);
    }

    private static void check(LayerStack stack, int maxLayers, int maxValue) {
        if (stack.size() > maxLayers) {
            throw new InvalidArgumentException("a stack has at most " + maxLayers + " layers (got " + stack.size()
                    + ")");
        }
        for (int i = 0; i < stack.size(); i++) {
            try {
                checkLayer(stack.get(i), maxValue);
            } catch (InvalidArgumentException e) {
                throw new InvalidArgumentException("layer " + (i + 1) + ": " + e.getMessage());
            }
        }
    }

    /**
     * Checks that each value of {@code layer} is within this parameter's limits.
     *
     * @throws InvalidArgumentException naming the first value that is not, e.g.
     *                                  {@code dilation must be at most 16 (got 20)}
     */
    public void checkLayer(StackLayer layer) {
        checkLayer(layer, maxValue);
    }

    private static void checkLayer(StackLayer layer, int maxValue) {
        for (StackLayer.Field field : StackLayer.Field.values()) {
            int value = layer.get(field);
            if (value > maxValue) {
                throw new InvalidArgumentException(field.plainName() + " must be at most " + maxValue + " (got "
                        + value + ")");
            }
        }
    }
}
