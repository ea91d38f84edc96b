package org.convatlas.cases;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code params} object of a case, with typed getters; every getter fails with a
 * {@link CaseFormatException} naming the field when it is missing or of the wrong kind.
 */
public final class CaseParams {

    private final JsonNode node;

    public CaseParams(JsonNode node) {
        this.node = node;
    }

    private JsonNode field(String name) {
        JsonNode value = node == null ? null : node.get(name);
        if (value == null || value.isNull()) {
            throw new CaseFormatException("missing parameter \"" + name + "\"");
        }
        return value;
    }

    /** A whole number. */
    public int integer(String name) {
        return asInt(name, field(name));
    }

    /** A number (whole or not). */
    public double number(String name) {
        JsonNode value = field(name);
        if (!value.isNumber()) {
            throw new CaseFormatException("parameter \"" + name + "\" must be a number (got " + value + ")");
        }
        return value.doubleValue();
    }

    /** true or false. */
    public boolean bool(String name) {
        JsonNode value = field(name);
        if (!value.isBoolean()) {
            throw new CaseFormatException("parameter \"" + name + "\" must be true or false (got " + value + ")");
        }
        return value.booleanValue();
    }

    /** A string. */
    public String string(String name) {
        JsonNode value = field(name);
        if (!value.isTextual()) {
            throw new CaseFormatException("parameter \"" + name + "\" must be a string (got " + value + ")");
        }
        return value.textValue();
    }

    /** A list of exactly {@code length} whole numbers. */
    public int[] ints(String name, int length) {
        JsonNode value = field(name);
        if (!value.isArray() || value.size() != length) {
            throw new CaseFormatException("parameter \"" + name + "\" must be a list of " + length
                    + " whole numbers (got " + value + ")");
        }
        int[] result = new int[length];
        for (int i = 0; i < length; i++) {
            result[i] = asInt(name, value.get(i));
        }
        return result;
    }

    /** A list of objects, each wrapped as parameters of its own (e.g. the layers of a stack). */
    public List<CaseParams> list(String name) {
        JsonNode value = field(name);
        if (!value.isArray()) {
            throw new CaseFormatException("parameter \"" + name + "\" must be a list (got " + value + ")");
        }
        List<CaseParams> items = new ArrayList<>();
        for (JsonNode item : value) {
            if (!item.isObject()) {
                throw new CaseFormatException("each item of \"" + name + "\" must be an object (got " + item + ")");
            }
            items.add(new CaseParams(item));
        }
        return items;
    }

    private static int asInt(String name, JsonNode value) {
        if (!value.isIntegralNumber() || !value.canConvertToInt()) {
            throw new CaseFormatException("parameter \"" + name + "\" must be a whole number (got " + value + ")");
        }
        return value.intValue();
    }
}
