package org.convatlas.lesson;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The dilation rates of a stack of layers, layer 1 (the one that reads the input) first, as the user types them:
 * {@code 1, 2, 5}. Immutable; the rates themselves are checked by the engine where they are used.
 *
 * @param values the rates, at least one
 */
public record DilationRates(List<Integer> values) {

    public DilationRates {
        values = List.copyOf(values);
        if (values.isEmpty()) {
            throw new IllegalArgumentException("a stack has at least one dilation rate");
        }
    }

    /** The rates {@code rates}, layer 1 first. */
    public static DilationRates of(int... rates) {
        return new DilationRates(Arrays.stream(rates).boxed().toList());
    }

    /** The number of layers. */
    public int count() {
        return values.size();
    }

    /** The first {@code layers} rates. */
    public DilationRates first(int layers) {
        return new DilationRates(values.subList(0, layers));
    }

    /** The rates as the engine takes them. */
    public int[] toArray() {
        return values.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The rates as typed: {@code 1, 2, 5}. */
    public String text() {
        return values.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }

    @Override
    public String toString() {
        return text();
    }
}
