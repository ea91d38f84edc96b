package org.convatlas.lesson;

import java.io.IOException;
import java.util.Arrays;
import java.util.Objects;
import org.convatlas.i18n.Message;

/**
 * A picture file that cannot be opened, with what is wrong with it as a {@link Message} for the user: its bundle key
 * is {@code image.error.<problem>} and its first argument is the file's name.
 */
public final class ImageFileException extends IOException {

    /** What is wrong with the file. */
    public enum Problem {
        /** There is no such file. */
        MISSING("missing"),
        /** The name is that of a folder or of something else that is no ordinary file. */
        NOT_A_FILE("notAFile"),
        /** The file exists but may not be read. */
        NO_PERMISSION("noPermission"),
        /** Reading failed; the message's second argument is the system's reason. */
        UNREADABLE("unreadable"),
        /** The file has no bytes at all. */
        EMPTY("empty"),
        /** No PNG, JPEG, GIF or BMP reader recognises the file. */
        NOT_AN_IMAGE("notAnImage"),
        /** The header was read but the pixels could not be: the file is damaged or cut short. */
        DAMAGED("damaged"),
        /** More pixels than {@link ImageFiles#MAX_PIXELS}; arguments: name, width, height, megapixels, limit. */
        TOO_LARGE("tooLarge"),
        /** The pixels do not fit in the memory left; arguments: name, width, height. */
        NO_MEMORY("noMemory");

        private final String keySuffix;

        Problem(String keySuffix) {
            this.keySuffix = keySuffix;
        }

        /** The bundle key of the problem's message, {@code image.error.<problem>}. */
        public String messageKey() {
            return "image.error." + keySuffix;
        }
    }

    private final Problem problem;
    private final Message message;

    /**
     * @param problem   what is wrong
     * @param cause     the exception that revealed it, or null
     * @param arguments the message's arguments, the file's name first
     */
    ImageFileException(Problem problem, Throwable cause, Object... arguments) {
        super(problem + " " + Arrays.toString(arguments), cause);
        this.problem = Objects.requireNonNull(problem, "problem");
        this.message = Message.of(problem.messageKey(), arguments);
    }

    public Problem problem() {
        return problem;
    }

    /** What to tell the user, naming the file and the problem. */
    public Message userMessage() {
        return message;
    }
}
