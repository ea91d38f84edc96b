package org.convatlas.export;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.stream.Stream;
import org.convatlas.compute.InvalidArgumentException;
import org.convatlas.lesson.Frame;

/**
 * Exports a lesson's frames: for each selected step, the playback's frame, drawn by {@link AnnotatedPicture} on the
 * JavaFX thread and handed to the writer of the format on the calling thread, or written as data to a
 * {@link FramesDocument}. Call it away from the JavaFX thread (the
 * app from a worker, the command line from its main thread with the JavaFX runtime started). The same subject and
 * settings give the same pixels. Nothing appears under the target's name until the export is complete.
 */
public final class Exporter {

    /** Hears how far an export is and may stop it. */
    public interface Progress {

        /** {@code done} of {@code total} frames are written. */
        void update(int done, int total);

        /** Whether to stop before the next frame. */
        boolean cancelled();
    }

    private Exporter() {
    }

    /**
     * Writes {@code subject} as {@code settings} say to {@code target} (a PNG sequence to numbered files beside it,
     * see {@link #sequenceFile}).
     *
     * @throws InvalidArgumentException if the steps do not suit the playback or the format
     * @throws IOException              if the target cannot be written; nothing is left under its name
     * @throws CancellationException    if {@code progress} cancelled it; nothing is left under its name
     */
    public static void export(ExportSubject subject, ExportSettings settings, Path target, Progress progress)
            throws IOException, InterruptedException {
        List<Long> steps = settings.steps().steps(subject.playback().stepCount(), subject.currentStep());
        if (!settings.format().animated() && steps.size() > 1) {
            throw new InvalidArgumentException("format png holds one step; use png-seq, gif or mp4 for "
                    + steps.size() + " steps");
        }
        ExportTexts texts = new ExportTexts(subject, settings.language());
        try (FrameSink sink = settings.format().pictures()
                ? pictures(texts, settings, target, samples(subject, steps))
                : new FramesDocument(subject, texts, target)) {
            for (int i = 0; i < steps.size(); i++) {
                if (progress.cancelled()) {
                    throw new CancellationException("export cancelled");
                }
                sink.add(steps.get(i), subject.playback().frame(steps.get(i)));
                progress.update(i + 1, steps.size());
            }
            sink.finish();
        }
    }

    /** The frames that set the layout of the pictures: the first and the last shown. */
    private static List<Frame> samples(ExportSubject subject, List<Long> steps) {
        return steps.isEmpty() ? List.of() : Stream.of(steps.get(0), steps.get(steps.size() - 1)).distinct()
                .map(subject.playback()::frame).toList();
    }

    /** Pictures drawn by {@link AnnotatedPicture} on the JavaFX thread, written by the format's writer. */
    private static FrameSink pictures(ExportTexts texts, ExportSettings settings, Path target, List<Frame> samples)
            throws IOException, InterruptedException {
        FrameRenderer renderer = FxThread.call(() -> new FrameRenderer(new AnnotatedPicture(texts, settings, samples),
                settings.size().width(), settings.size().height()));
        FrameWriter writer = open(settings, target);
        return new FrameSink() {
            @Override
            public void add(long step, Frame frame) throws IOException, InterruptedException {
                BufferedImage image = FxThread.call(() -> renderer.render(frame));
                writer.write(image);
            }

            @Override
            public void finish() throws IOException {
                writer.finish();
            }

            @Override
            public void close() {
                writer.close();
            }
        };
    }

    /** The {@code number}-th file (from 1) of a PNG sequence exported to {@code target}: {@code conv-0001.png}. */
    public static Path sequenceFile(Path target, int number) {
        return PngSequenceWriter.numbered(target, number);
    }

    private static FrameWriter open(ExportSettings settings, Path target) throws IOException {
        return switch (settings.format()) {
            case PNG -> new PngSequenceWriter(target, false);
            case PNG_SEQUENCE -> new PngSequenceWriter(target, true);
            case GIF -> new GifWriter(target, settings.frameDelayMillis());
            case MP4 -> new Mp4Writer(target, settings.frameDelayMillis());
            case JSON -> throw new IllegalArgumentException("a JSON document holds no pictures");
        };
    }
}
