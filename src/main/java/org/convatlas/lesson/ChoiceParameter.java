package org.convatlas.lesson;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.convatlas.i18n.Message;

/**
 * One of a few options, edited with a drop-down list; an option's {@link Option#name() name} on the command line.
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

        /** The option's name on the command line: the last part of its bundle key, {@code same} for {@code padding.same}. */
        public String name() {
            return labelKey.substring(labelKey.lastIndexOf('.') + 1);
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

    @Override
    public List<String> bundleKeys() {
        List<String> keys = new ArrayList<>(List.of(labelKey));
        options.forEach(option -> keys.add(option.labelKey()));
        return keys;
    }

    @Override
    public Optional<T> read(String text, T current) {
        return options.stream().filter(o -> o.name().equals(text)).findFirst().map(Option::value);
    }

    @Override
    public String format(T value) {
        return option(value).name();
    }

    @Override
    public String syntax() {
        return "one of " + options.stream().map(Option::name).collect(Collectors.joining(", "));
    }

    @Override
    public String shown(T value, Function<Message, String> texts) {
        return texts.apply(Message.of(option(value).labelKey()));
    }

    @Override
    public <R> R editor(Editors<R> editors) {
        return editors.choice(this);
    }
}
