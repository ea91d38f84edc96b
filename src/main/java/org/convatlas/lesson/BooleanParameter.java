package org.convatlas.lesson;

import java.util.Optional;
import java.util.function.Function;
import org.convatlas.i18n.Message;

/**
 * A switch, on or off; {@code true} or {@code false} on the command line.
 *
 * @param initial the default value
 */
public record BooleanParameter(String id, String labelKey, boolean initial) implements Parameter<Boolean> {

    public BooleanParameter {
        ParameterNames.require(id, labelKey);
    }

    @Override
    public Boolean defaultValue() {
        return initial;
    }

    @Override
    public boolean accepts(Object value) {
        return value instanceof Boolean;
    }

    @Override
    public Optional<Boolean> read(String text, Boolean current) {
        return switch (text) {
            case "true" -> Optional.of(true);
            case "false" -> Optional.of(false);
            default -> Optional.empty();
        };
    }

    @Override
    public String format(Boolean value) {
        return String.valueOf(value);
    }

    @Override
    public String syntax() {
        return "true or false";
    }

    @Override
    public String shown(Boolean value, Function<Message, String> texts) {
        return texts.apply(Message.of(value ? "export.on" : "export.off"));
    }

    @Override
    public <R> R editor(Editors<R> editors) {
        return editors.toggle(this);
    }
}
