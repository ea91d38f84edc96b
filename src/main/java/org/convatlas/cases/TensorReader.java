package org.convatlas.cases;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import org.convatlas.compute.Tensor;

/**
 * Reads a tensor of the case format, {@code {"shape": [d0, d1, ...], "data": [v0, v1, ...]}} with {@code data}
 * flat and row-major, into a {@link Tensor}. Values are read as {@code float}s.
 */
final class TensorReader {

    private TensorReader() {
    }

    /**
     * The tensor in {@code node}; {@code label} names it in messages, e.g. {@code tensor "x"}.
     *
     * @throws CaseFormatException when the shape or data is missing or malformed, or they do not fit each other
     */
    static Tensor read(String label, JsonNode node) {
        if (!node.isObject()) {
            throw new CaseFormatException(label + " must be an object {\"shape\": [...], \"data\": [...]} (got "
                    + JsonKinds.describe(node) + ")");
        }
        int[] shape = shape(label, required(label, node, "shape"));
        float[] data = data(label, required(label, node, "data"));
        long needed = elementCount(shape);
        if (needed != data.length) {
            throw new CaseFormatException(label + ": shape " + Arrays.toString(shape) + " needs " + needed
                    + " values (got " + data.length + ")");
        }
        return Tensor.of(data, shape);
    }

    private static JsonNode required(String label, JsonNode tensor, String field) {
        JsonNode value = tensor.get(field);
        if (value == null || value.isNull()) {
            throw new CaseFormatException(label + " has no " + field);
        }
        return value;
    }

    private static int[] shape(String label, JsonNode node) {
        if (!node.isArray()) {
            throw new CaseFormatException(label + ": shape must be a list of whole numbers (got "
                    + JsonKinds.describe(node) + ")");
        }
        int[] shape = new int[node.size()];
        for (int i = 0; i < shape.length; i++) {
            JsonNode dim = node.get(i);
            if (!dim.isIntegralNumber() || !dim.canConvertToInt()) {
                throw new CaseFormatException(label + ": shape must be a list of whole numbers (got " + node + ")");
            }
            shape[i] = dim.intValue();
        }
        if (Arrays.stream(shape).anyMatch(d -> d < 0)) {
            throw new CaseFormatException(label + ": shape " + Arrays.toString(shape) + " has a negative dimension");
        }
        return shape;
    }

    private static float[] data(String label, JsonNode node) {
        if (!node.isArray()) {
            throw new CaseFormatException(label + ": data must be a list of numbers (got "
                    + JsonKinds.describe(node) + ")");
        }
        float[] data = new float[node.size()];
        for (int i = 0; i < data.length; i++) {
            JsonNode value = node.get(i);
            if (!value.isNumber()) {
                throw new CaseFormatException(label + ": data[" + i + "] is not a number (got " + value + ")");
            }
            data[i] = value.floatValue();
            if (!Float.isFinite(data[i])) {
                throw new CaseFormatException(label + ": data[" + i + "] = " + value + " is too large for a float");
            }
        }
        return data;
    }

    /** The product of the dimensions; {@link Long#MAX_VALUE} when it does not fit in a long. */
    private static long elementCount(int[] shape) {
        long count = 1;
        for (int d : shape) {
            if (d != 0 && count > Long.MAX_VALUE / d) {
                return Long.MAX_VALUE;
            }
            count *= d;
        }
        return count;
    }
}
