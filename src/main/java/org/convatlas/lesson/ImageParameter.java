package org.convatlas.lesson;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.convatlas.compute.InvalidArgumentException;
import org.convatlas.i18n.I18n;
import org.convatlas.i18n.Message;

/**
 * The picture a lesson works on; the user replaces it with File → Open image. On the command line a
 * {@link SampleImage}'s name ({@code camera}) or a picture file.
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

    /**
     * A sample image by name, else the picture in the file {@code text}.
     *
     * @throws InvalidArgumentException naming the file and what is wrong with it, if it cannot be read
     */
    @Override
    public Optional<InputImage> read(String text, InputImage current) {
        for (SampleImage sample : SampleImage.values()) {
            if (sample.id().equals(text)) {
                return Optional.of(sample.image());
            }
        }
        try {
            return Optional.of(InputImage.read(Path.of(text)));
        } catch (ImageFileException e) {
            throw new InvalidArgumentException(I18n.format(Locale.ENGLISH, e.userMessage().key(),
                    e.userMessage().arguments().toArray()));
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }

    /** A sample image's name, else the file the picture was read from, else its name. */
    @Override
    public String format(InputImage value) {
        return Arrays.stream(SampleImage.values()).filter(s -> s.image() == value).findFirst().map(SampleImage::id)
                .or(() -> value.file().map(Path::toString)).orElse(value.name());
    }

    @Override
    public String syntax() {
        return "a picture file or one of " + Arrays.stream(SampleImage.values()).map(SampleImage::id)
                .collect(Collectors.joining(", "));
    }

    @Override
    public String shown(InputImage value, Function<Message, String> texts) {
        return value.name();
    }

    @Override
    public <R> R editor(Editors<R> editors) {
        return editors.image(this);
    }
}
