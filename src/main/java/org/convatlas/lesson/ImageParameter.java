package org.convatlas.lesson;

import java.util.Objects;

/**
 * The picture a lesson works on; the user replaces it with File → Open image.
 *
 * @param defaultValue the picture a fresh lesson shows
 */
public record ImageParameter(String id, String labelKey, InputImage defaultValue) implements Parameter<InputImage> {

    public ImageParameter {
        ParameterNames.require(id, labelKey);
        Objects.requireNonNull(defaultValue, "defaultValue");
    }

    @Override
    public boolean accepts(Object value) {
        return value instanceof InputImage;
    }
}
