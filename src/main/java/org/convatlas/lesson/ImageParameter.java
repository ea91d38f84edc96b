package org.convatlas.lesson;

import java.util.Objects;

/**
 * The picture a lesson works on; the user replaces it with File → Open image.
 *
 * @param initial the picture a fresh lesson shows
 */
public record ImageParameter(String id, String labelKey, InputImage initial) implements Parameter<InputImage> {

    public ImageParameter {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(labelKey, "labelKey");
        Objects.requireNonNull(initial, "initial");
    }

    @Override
    public InputImage defaultValue() {
        return initial;
    }

    @Override
    public boolean accepts(Object value) {
        return value instanceof InputImage;
    }
}
