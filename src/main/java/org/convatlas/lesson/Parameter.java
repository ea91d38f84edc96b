package org.convatlas.lesson;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.convatlas.compute.InvalidArgumentException;
import org.convatlas.i18n.Message;

/**
 * One parameter a lesson lets the user change, described as data: a number in a range, a choice among options, a
 * switch, a kernel of weights, an image, a list of dilation rates, a stack of layers or offsets set by hand. Each kind carries its own
 * behaviour: how the command line writes and reads a value ({@link #format}, {@link #parse}, {@link #syntax}), how
 * an export's parameter line shows it ({@link #shown}), and which editor the inspector makes for it
 * ({@link #editor}). A new kind is one class here and one method of {@link Editors}, which the inspector then must
 * implement: a kind without an editor does not compile.
 *
 * @param <T> the type of its values
 */
public sealed interface Parameter<T>
        permits IntParameter, ChoiceParameter, BooleanParameter, KernelParameter, ImageParameter,
        RatesParameter, LayerStackParameter, OffsetEditsParameter {

    /** A name unique within its lesson, stable across versions (presets and saved settings refer to it). */
    String id();

    /** The bundle key of the label the inspector shows. */
    String labelKey();

    /** The value a fresh lesson starts with. */
    T defaultValue();

    /** Whether {@code value} is one this parameter can take. */
    boolean accepts(Object value);

    /**
     * {@code value} as this parameter's type.
     *
     * @throws IllegalArgumentException if the parameter cannot take it
     */
    @SuppressWarnings("unchecked")
    default T checked(Object value) {
        if (!accepts(value)) {
            throw new IllegalArgumentException("parameter " + id() + " cannot take the value " + value);
        }
        return (T) value;
    }

    /** Every bundle key the parameter shows: its label and, for a choice, its options' labels. */
    default List<String> bundleKeys() {
        return List.of(labelKey());
    }

    /**
     * What {@code text} (trimmed) stands for as a value of this parameter, whether or not the parameter can take it;
     * empty if it stands for none.
     *
     * @param current the value now, for texts that depend on it (a kernel preset takes the current kernel's size)
     * @throws InvalidArgumentException if the text names a value that cannot be made, saying why
     */
    Optional<T> read(String text, T current);

    /**
     * The value {@code text} gives, as {@code --set id=text} reads it.
     *
     * @param current the value now (see {@link #read})
     * @throws InvalidArgumentException naming the parameter and what it takes ({@link #syntax}) if the text gives
     *                                  no value this parameter can take
     */
    default T parse(String text, T current) {
        Optional<T> value = read(text.strip(), current);
        if (value.isEmpty() || !accepts(value.get())) {
            throw new InvalidArgumentException("parameter " + id() + " takes " + syntax() + " (got " + text + ")");
        }
        return value.get();
    }

    /** {@code value} as the command line writes it: {@link #parse} reads it back to an equal value. */
    String format(T value);

    /** What the parameter takes on the command line, in words, for messages and the list of lessons. */
    String syntax();

    /** {@code value} as an export's parameter line shows it, with texts in the language {@code texts} speaks. */
    String shown(T value, Function<Message, String> texts);

    /** The editor {@code editors} makes for this parameter. */
    <R> R editor(Editors<R> editors);

    /**
     * Makes the editor of each kind of parameter (the inspector implements it): one method per kind, so that a new
     * kind has an editor or the code does not compile.
     *
     * @param <R> what an editor is
     */
    interface Editors<R> {

        R integer(IntParameter parameter);

        R toggle(BooleanParameter parameter);

        <T> R choice(ChoiceParameter<T> parameter);

        R kernel(KernelParameter parameter);

        R image(ImageParameter parameter);

        R rates(RatesParameter parameter);

        R layerStack(LayerStackParameter parameter);

        R offsets(OffsetEditsParameter parameter);
    }
}
