package org.convatlas.lesson;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.convatlas.i18n.Message;

/** An immutable set of values, one for each parameter of a lesson. */
public final class ParameterValues {

    private final Map<Parameter<?>, Object> values;

    private ParameterValues(Map<Parameter<?>, Object> values) {
        this.values = Collections.unmodifiableMap(values);
    }

    /** Every parameter at its default value. */
    public static ParameterValues defaults(List<Parameter<?>> parameters) {
        Map<Parameter<?>, Object> values = new LinkedHashMap<>();
        for (Parameter<?> p : parameters) {
            if (values.keySet().stream().anyMatch(q -> q.id().equals(p.id()))) {
                throw new IllegalArgumentException("two parameters are named " + p.id());
            }
            values.put(p, p.defaultValue());
        }
        return new ParameterValues(values);
    }

    /** The parameters, in the order the lesson declared them. */
    public List<Parameter<?>> parameters() {
        return List.copyOf(values.keySet());
    }

    /**
     * The value of {@code parameter}.
     *
     * @throws IllegalArgumentException if it is not one of these parameters
     */
    public <T> T get(Parameter<T> parameter) {
        return parameter.checked(values.get(known(parameter)));
    }

    /**
     * These values with {@code parameter} set to {@code value}.
     *
     * @throws IllegalArgumentException if it is not one of these parameters or cannot take the value
     */
    public <T> ParameterValues with(Parameter<T> parameter, T value) {
        Map<Parameter<?>, Object> changed = new LinkedHashMap<>(values);
        changed.put(known(parameter), parameter.checked(value));
        return new ParameterValues(changed);
    }

    /**
     * These values with {@code parameter} set to the value {@code text} gives, as {@code --set id=text} reads it.
     *
     * @throws org.convatlas.compute.InvalidArgumentException naming the parameter and what it takes
     */
    public ParameterValues parsed(Parameter<?> parameter, String text) {
        return parsedInto(parameter, text);
    }

    private <T> ParameterValues parsedInto(Parameter<T> parameter, String text) {
        return with(parameter, parameter.parse(text, get(parameter)));
    }

    /** The value of {@code parameter} as the command line writes it ({@link Parameter#format}). */
    public String format(Parameter<?> parameter) {
        return formatOf(parameter);
    }

    private <T> String formatOf(Parameter<T> parameter) {
        return parameter.format(get(parameter));
    }

    /** The value of {@code parameter} as an export's parameter line shows it ({@link Parameter#shown}). */
    public String shown(Parameter<?> parameter, Function<Message, String> texts) {
        return shownOf(parameter, texts);
    }

    private <T> String shownOf(Parameter<T> parameter, Function<Message, String> texts) {
        return parameter.shown(get(parameter), texts);
    }

    private Parameter<?> known(Parameter<?> parameter) {
        if (!values.containsKey(parameter)) {
            throw new IllegalArgumentException("no parameter " + parameter.id() + " here");
        }
        return parameter;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ParameterValues other && other.values.equals(values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder("{");
        values.forEach((p, v) -> s.append(s.length() > 1 ? ", " : "").append(p.id()).append('=').append(v));
        return s.append('}').toString();
    }
}
