package org.convatlas.lesson;

import java.util.List;
import java.util.Objects;

/**
 * One of a few options, edited with a drop-down list.
 *
 * @param options the options in the order the list shows them
 * @param defaultValue the default value, one of the options' values
 * @param <T>     the type of the options' values, often an enum of the engine
 */
public record ChoiceParameter<T>(String id, String labelKey, List<Option<T>> options, T defaultValue)
        implements Parameter<T> {

    /**
     * One option.
     *
     * @param value    what the lesson receives
     * @param labelKey the bundle key of what the list shows
     */
    public record Option<T>(T value, String labelKey) {

        public Option {
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(labelKey, "labelKey");
        }
    }

    public ChoiceParameter {
        ParameterNames.require(id, labelKey);
        options = List.copyOf(options);
        if (options.stream().noneMatch(o -> o.value().equals(defaultValue))) {
            throw new IllegalArgumentException("parameter " + id + ": the default value " + defaultValue
                    + " is not among its options");
        }
    }

    @Override
    public boolean accepts(Object value) {
        return options.stream().anyMatch(o -> o.value().equals(value));
    }

    /** The option whose value is {@code value}. */
    public Option<T> option(T value) {
        return options.stream().filter(o -> o.value().equals(value)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("parameter " + id + " has no option " + value));
    }
}
