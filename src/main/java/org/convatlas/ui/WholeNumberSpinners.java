package org.convatlas.ui;

import java.util.function.BiConsumer;
import java.util.regex.Pattern;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextFormatter;
import javafx.util.StringConverter;

/**
 * Editable spinners of whole numbers in {@code [min, max]} that cannot be given anything else: typing is limited to
 * digits (and a leading minus where negatives are allowed), a number out of range is taken as the nearer end (and the
 * spinner says so, in a note it shows until its value next changes), and an empty or unfinished field goes back to
 * the value it had. So a spinner never holds a value its parameter refuses, and never holds none.
 */
final class WholeNumberSpinners {

    private WholeNumberSpinners() {
    }

    /** A spinner from {@code min} to {@code max} showing {@code initial}, clamping a typed number silently. */
    static Spinner<Integer> create(int min, int max, int initial) {
        return create(min, max, initial, (typed, taken) -> { });
    }

    /**
     * A spinner from {@code min} to {@code max} showing {@code initial} that tells {@code clamped} the number typed
     * and the one taken when a typed number is out of range.
     */
    static Spinner<Integer> create(int min, int max, int initial, BiConsumer<Long, Integer> clamped) {
        Spinner<Integer> spinner = new Spinner<>(min, max, initial);
        spinner.setEditable(true);
        Pattern partial = Pattern.compile(min < 0 ? "-?\\d*" : "\\d*");
        spinner.getEditor().setTextFormatter(new TextFormatter<Integer>(
                change -> partial.matcher(change.getControlNewText()).matches() ? change : null));
        spinner.getValueFactory().setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer value) {
                return value == null ? "" : value.toString();
            }

            @Override
            public Integer fromString(String text) {
                int value;
                try {
                    long typed = Long.parseLong(text);
                    value = (int) Math.max(min, Math.min(max, typed));
                    if (value != typed) {
                        clamped.accept(typed, value);
                    }
                } catch (NumberFormatException unfinished) {
                    value = spinner.getValue();
                }
                // a value that does not change is not written back by the spinner: write it here
                if (value == spinner.getValue()) {
                    spinner.getEditor().setText(toString(value));
                }
                return value;
            }
        });
        return spinner;
    }
}
