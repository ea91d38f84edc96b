package org.convatlas.lesson;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.convatlas.compute.InvalidArgumentException;
import org.convatlas.i18n.Message;

/**
 * A kernel of weights the user can edit, each side between {@code minSize} and {@code maxSize}; on the command line
 * {@code RxC:w,w,...} ({@link Kernel#text()}) or a {@link KernelPreset}'s name, at the current kernel's size.
 *
 * @param defaultValue the default kernel
 */
public record KernelParameter(String id, String labelKey, int minSize, int maxSize, Kernel defaultValue)
        implements Parameter<Kernel> {

    public KernelParameter {
        ParameterNames.require(id, labelKey);
        if (minSize < 1 || minSize > maxSize) {
            throw new IllegalArgumentException("parameter " + id + " needs 1 <= minSize <= maxSize (got "
                    + minSize + ", " + maxSize + ")");
        }
        if (!fits(defaultValue, minSize, maxSize)) {
            throw new IllegalArgumentException("parameter " + id + ": the default kernel " + defaultValue
                    + " is not between " + minSize + " and " + maxSize + " on each side");
        }
    }

    @Override
    public boolean accepts(Object value) {
        return value instanceof Kernel k && fits(k, minSize, maxSize);
    }

    private static boolean fits(Kernel k, int minSize, int maxSize) {
        return k.rows() >= minSize && k.rows() <= maxSize && k.columns() >= minSize && k.columns() <= maxSize;
    }

    /**
     * @throws InvalidArgumentException if {@code text} names a kernel preset that has no form of the current size
     */
    @Override
    public Optional<Kernel> read(String text, Kernel current) {
        for (KernelPreset preset : KernelPreset.values()) {
            if (preset.id().equals(text)) {
                if (!preset.fits(current.rows(), current.columns())) {
                    throw new InvalidArgumentException("kernel " + text + " has no " + current.rows() + "x"
                            + current.columns() + " form");
                }
                return Optional.of(preset.kernel(current.rows(), current.columns()));
            }
        }
        return Kernel.parse(text);
    }

    @Override
    public String format(Kernel value) {
        return value.text();
    }

    @Override
    public String syntax() {
        return "RxC:w,w,... (sides " + minSize + " to " + maxSize + ", weights row after row) or one of "
                + Arrays.stream(KernelPreset.values()).map(KernelPreset::id).collect(Collectors.joining(", "));
    }

    @Override
    public String shown(Kernel value, Function<Message, String> texts) {
        return value.rows() + "\u00D7" + value.columns();
    }

    @Override
    public <R> R editor(Editors<R> editors) {
        return editors.kernel(this);
    }
}
