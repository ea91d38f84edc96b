package org.convatlas.export;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import org.jcodec.api.awt.AWTSequenceEncoder;
import org.jcodec.common.io.NIOUtils;
import org.jcodec.common.io.SeekableByteChannel;
import org.jcodec.common.model.Rational;

/**
 * An H.264 video in an MP4 file, through jcodec: one video frame per exported frame at {@code 1000 / delay} frames
 * per second (a rational, so any delay in milliseconds is kept exactly). The picture's sides must be even (4:2:0
 * chroma).
 */
final class Mp4Writer implements FrameWriter {

    private final StagedFile file;
    private final SeekableByteChannel channel;
    private final AWTSequenceEncoder encoder;

    Mp4Writer(Path target, int frameDelayMillis) throws IOException {
        file = new StagedFile(target);
        channel = NIOUtils.writableChannel(file.temporary().toFile());
        encoder = new AWTSequenceEncoder(channel, Rational.R(1000, frameDelayMillis));
    }

    @Override
    public void write(BufferedImage frame) throws IOException {
        encoder.encodeImage(frame);
    }

    @Override
    public void finish() throws IOException {
        encoder.finish();
        channel.close();
        file.commit();
    }

    @Override
    public void close() {
        NIOUtils.closeQuietly(channel);
        file.discard();
    }
}
