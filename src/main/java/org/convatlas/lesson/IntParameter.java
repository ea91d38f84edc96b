package org.convatlas.lesson;

import java.util.Optional;
import java.util.function.Function;
import org.convatlas.i18n.Message;

/**
 * A whole number in {@code [min, max]}, edited with a spinner; {@code 3} on the command line.
 *
 * @param initial the default value
 */
public record IntParameter(String id, String labelKey, int min, int max, int initial) implements Parameter<Integer> {

    public IntParameter {
        ParameterNames.require(id, labelKey);
        if (min > max || initial < min || initial > max) {
            throw new IllegalArgumentException("parameter " + id + " needs min <= initial <= max (got "
                    + min + ", " + initial + ", " + max + ")");
        }
    }

    @Override
    public Integer defaultValue() {
        return initial;
    }

    @Override
    public boolean accepts(Object value) {
        return value instanceof Integer i && i >= min && i <= max;
    }

    @Override
    public Optional<Integer> read(String text, Integer current) {
        try {
            return Optional.of(Integer.valueOf(text));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    @Override
    public String format(Integer value) {
        return String.valueOf(value);
    }

    @Override
    public String syntax() {
        return "a whole number from " + min + " to " + max;
    }

    @Override
    public String shown(Integer value, Function<Message, String> texts) {
        return String.valueOf(value);
    }

    @Override
    public <R> R editor(Editors<R> editors) {
        return editors.integer(this);
    }
}
