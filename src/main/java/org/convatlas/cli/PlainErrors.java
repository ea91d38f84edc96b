package org.convatlas.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/** Exceptions turned into one line of plain words for the error stream; never a stack trace. */
final class PlainErrors {

    private PlainErrors() {
    }

    /** Why a file could not be read, e.g. {@code no such file or directory}. */
    static String io(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file or directory";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NotDirectoryException) {
            return "not a directory";
        }
        if (e instanceof FileSystemException fileSystem && fileSystem.getReason() != null) {
            return firstLine(fileSystem.getReason());
        }
        return "cannot be read (" + firstLine(String.valueOf(e.getMessage())) + ")";
    }

    /** An exception nobody expected, with its type since its message alone may say little. */
    static String unexpected(Throwable e) {
        String message = e.getMessage() == null ? "" : ": " + firstLine(e.getMessage());
        return "internal error, " + e.getClass().getSimpleName() + message;
    }

    private static String firstLine(String text) {
        int end = text.indexOf('\n');
        return (end < 0 ? text : text.substring(0, end)).strip();
    }
}
