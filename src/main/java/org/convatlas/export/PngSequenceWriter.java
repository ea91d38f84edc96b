package org.convatlas.export;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;

/**
 * Frames as PNG pictures: one file for a single picture, or numbered files for a sequence, the number (from 1, four
 * digits at least) put before the extension: {@code conv.png} gives {@code conv-0001.png}, {@code conv-0002.png}, ...
 * Each is written to a temporary file; all are moved into place together when the sequence is finished.
 */
final class PngSequenceWriter implements FrameWriter {

    private final Path target;
    private final boolean numbered;
    private final List<StagedFile> written = new ArrayList<>();

    /** Writes to {@code target} itself when not {@code numbered}, which then takes exactly one frame. */
    PngSequenceWriter(Path target, boolean numbered) {
        this.target = target;
        this.numbered = numbered;
    }

    /** The name of the {@code number}-th picture (from 1) of a sequence named {@code target}. */
    static Path numbered(Path target, int number) {
        String name = target.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        String extension = dot > 0 ? name.substring(dot) : ".png";
        return target.resolveSibling(String.format(Locale.ROOT, "%s-%04d%s", stem, number, extension));
    }

    @Override
    public void write(BufferedImage frame) throws IOException {
        if (!numbered && !written.isEmpty()) {
            throw new IllegalStateException("a single PNG takes one frame");
        }
        StagedFile file = new StagedFile(numbered ? numbered(target, written.size() + 1) : target);
        written.add(file);
        if (!ImageIO.write(frame, "png", file.temporary().toFile())) {
            throw new IllegalStateException("no PNG writer");
        }
    }

    @Override
    public void finish() throws IOException {
        for (StagedFile file : written) {
            file.commit();
        }
        written.clear();
    }

    @Override
    public void close() {
        written.forEach(StagedFile::discard);
        written.clear();
    }
}
