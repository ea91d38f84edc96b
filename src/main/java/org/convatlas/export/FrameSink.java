package org.convatlas.export;

import java.io.IOException;
import org.convatlas.lesson.Frame;

/**
 * Where the frames of one export go, in order: pictures drawn and written by a {@link FrameWriter}, or a
 * {@link FramesDocument}. Nothing appears under the target's name before {@link #finish}; {@link #close} without it
 * leaves nothing behind.
 */
interface FrameSink extends AutoCloseable {

    /** Adds the frame of step {@code step} (from 0). */
    void add(long step, Frame frame) throws IOException, InterruptedException;

    /** Completes the file(s) and moves them into place. */
    void finish() throws IOException;

    /** Deletes whatever was not finished. */
    @Override
    void close();
}
