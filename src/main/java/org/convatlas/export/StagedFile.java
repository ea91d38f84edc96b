package org.convatlas.export;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * A file written under a temporary name in the target's folder and moved into place only when complete, so that a
 * cancelled or failed export never leaves a broken file under the chosen name (and leaves an earlier file there
 * untouched).
 */
final class StagedFile {

    private final Path target;
    private final Path temporary;

    /**
     * Creates the temporary file next to {@code target}: hidden, named after it, with the folder's usual permissions.
     *
     * @throws IOException if the folder does not exist or cannot be written
     */
    StagedFile(Path target) throws IOException {
        this.target = target.toAbsolutePath();
        Path folder = this.target.getParent();
        this.temporary = Files.createFile(folder.resolve("." + this.target.getFileName() + "."
                + Long.toHexString(System.nanoTime()) + ".part"));
    }

    /** Where to write. */
    Path temporary() {
        return temporary;
    }

    /** Moves the written file to its name, replacing what was there. */
    void commit() throws IOException {
        try {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Deletes the temporary file, if it is still there. */
    void discard() {
        try {
            Files.deleteIfExists(temporary);
        } catch (IOException e) {
            temporary.toFile().deleteOnExit();
        }
    }
}
