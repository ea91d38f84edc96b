package org.convatlas.export;

import java.awt.image.BufferedImage;
import java.io.IOException;

/**
 * Writes the frames of one export, in order, to temporary files; {@link #finish} moves them to their names, and
 * {@link #close} without {@code finish} deletes them.
 */
interface FrameWriter extends AutoCloseable {

    /** Adds the next frame. */
    void write(BufferedImage frame) throws IOException;

    /** Completes the file(s) and moves them into place. */
    void finish() throws IOException;

    /** Deletes whatever was not finished. */
    @Override
    void close();
}
