package org.convatlas.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import org.convatlas.compute.InvalidArgumentException;
import org.convatlas.compute.Tensor;
import org.convatlas.compute.trace.Coordinates;
import org.convatlas.i18n.I18n;
import org.convatlas.lesson.Frame;
import org.convatlas.lesson.ParameterValues;
import org.convatlas.lesson.singlechannel.SingleChannelConv2dLesson;
import org.convatlas.render.Hit;
import org.convatlas.render.Palette;
import org.convatlas.render.Role;
import org.convatlas.render.StagePainter;
import org.jcodec.api.FrameGrab;
import org.jcodec.common.io.NIOUtils;
import org.jcodec.common.model.Picture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Exports of the classic 4×4 ∗ 3×3 convolution (4 steps) in every format, read back: sizes, the colours of known
 * cells (found through the figure's own hit test), frame counts, the GIF's delay and loop, the MP4's frames; and what
 * a cancelled or failed export leaves behind.
 */
class ExporterTest {

    private static final int WIDTH = 320;
    private static final int HEIGHT = 180;
    private static final SingleChannelConv2dLesson LESSON = new SingleChannelConv2dLesson();

    @TempDir
    Path folder;

    @BeforeAll
    static void startJavaFx() throws InterruptedException {
        HeadlessJavaFx.start();
    }

    private static ExportSubject subject() {
        return ExportSubject.prepare(LESSON, ParameterValues.defaults(LESSON.parameters()), null);
    }

    private static ExportSettings settings(ExportFormat format, StepSelection steps, boolean annotated) {
        return new ExportSettings(format, new PixelSize(WIDTH, HEIGHT), 1, Palette.LIGHT, annotated, steps, 250,
                Locale.ENGLISH, Font.getDefault().getFamily());
    }

    private static void export(ExportSubject subject, ExportSettings settings, Path target)
            throws IOException, InterruptedException {
        Exporter.export(subject, settings, target, new Exporter.Progress() {
            @Override
            public void update(int done, int total) {
            }

            @Override
            public boolean cancelled() {
                return false;
            }
        });
    }

    /** A point well inside the cell {@code at} of the tensor drawn in {@code role}, off its number, in pixels. */
    private static int[] insideCell(Frame frame, ExportSettings settings, Role role, Coordinates at) {
        AnnotatedPicture picture = new AnnotatedPicture(new ExportTexts(subject(), settings.language()), settings,
                List.of(frame));
        int minX = WIDTH;
        int minY = HEIGHT;
        int maxX = -1;
        int maxY = -1;
        for (int y = 0; y < HEIGHT; y++) {
            for (int x = 0; x < WIDTH; x++) {
                Optional<Hit> hit = StagePainter.hitTest(frame.figure(), x + 0.5, y + 0.5, WIDTH, HEIGHT,
                        picture.context());
                if (hit.isPresent() && hit.get().equals(new Hit(role, at))) {
                    minX = Math.min(minX, x);
                    minY = Math.min(minY, y);
                    maxX = Math.max(maxX, x);
                    maxY = Math.max(maxY, y);
                }
            }
        }
        assertTrue(maxX - minX >= 8 && maxY - minY >= 8, "the cell is drawn large enough to probe");
        return new int[] {minX + (maxX - minX) / 5, minY + (maxY - minY) / 5};
    }

    private static int rgb(Color color) {
        return (int) Math.round(color.getRed() * 255) << 16 | (int) Math.round(color.getGreen() * 255) << 8
                | (int) Math.round(color.getBlue() * 255);
    }

    private static void assertColour(int expected, int actual, String what) {
        for (int shift = 0; shift <= 16; shift += 8) {
            int difference = Math.abs((expected >> shift & 0xFF) - (actual >> shift & 0xFF));
            assertTrue(difference <= 1, what + ": expected " + Integer.toHexString(expected) + ", got "
                    + Integer.toHexString(actual));
        }
    }

    @Test
    void aPngShowsTheStageWithCellsInTheirRolesTint() throws Exception {
        ExportSettings settings = settings(ExportFormat.PNG, StepSelection.range(4, 4), false);
        Path png = folder.resolve("classic.png");
        export(subject(), settings, png);

        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(WIDTH, image.getWidth());
        assertEquals(HEIGHT, image.getHeight());
        Frame last = subject().playback().frame(3);
        for (Role role : List.of(Role.INPUT, Role.KERNEL, Role.OUTPUT)) {
            int[] at = insideCell(last, settings, role, switch (role) {
                case KERNEL -> Coordinates.of(0, 0, 0, 0);
                case OUTPUT -> Coordinates.of(0, 0, 1);
                default -> Coordinates.of(0, 0, 0);
            });
            assertColour(rgb(Palette.LIGHT.tint(role)), image.getRGB(at[0], at[1]) & 0xFFFFFF, role + " cell");
        }
        assertTrue(Stream.of(image.getRGB(0, 0, WIDTH, HEIGHT, null, 0, WIDTH))
                .anyMatch(pixels -> java.util.Arrays.stream(pixels)
                        .anyMatch(p -> (p & 0xFFFFFF) == Role.HIGHLIGHT.rgb())), "the current step is outlined");
        assertThrows(InvalidArgumentException.class, () -> export(subject(), settings(ExportFormat.PNG,
                StepSelection.all(), false), folder.resolve("all.png")), "a PNG holds one step");
    }

    @Test
    void theSamePicturesComeOutEveryTime() throws Exception {
        ExportSettings settings = settings(ExportFormat.PNG, StepSelection.range(2, 2), true);
        export(subject(), settings, folder.resolve("a.png"));
        export(subject(), settings, folder.resolve("b.png"));
        assertArrayEquals(Files.readAllBytes(folder.resolve("a.png")), Files.readAllBytes(folder.resolve("b.png")));
    }

    @Test
    void aPngSequenceNumbersOneFilePerStep() throws Exception {
        export(subject(), settings(ExportFormat.PNG_SEQUENCE, StepSelection.all(), true), folder.resolve("seq.png"));
        try (Stream<Path> files = Files.list(folder)) {
            assertEquals(List.of("seq-0001.png", "seq-0002.png", "seq-0003.png", "seq-0004.png"),
                    files.map(p -> p.getFileName().toString()).sorted().toList());
        }
        assertEquals(HEIGHT, ImageIO.read(folder.resolve("seq-0004.png").toFile()).getHeight());
    }

    @Test
    void aGifLoopsWithItsDelayAndKeepsTheRoleColoursExact() throws Exception {
        ExportSettings gifSettings = settings(ExportFormat.GIF, StepSelection.all(), true);
        Path gif = folder.resolve("classic.gif");
        export(subject(), gifSettings, gif);
        export(subject(), settings(ExportFormat.PNG_SEQUENCE, StepSelection.all(), true), folder.resolve("f.png"));

        try (ImageInputStream in = ImageIO.createImageInputStream(gif.toFile())) {
            ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
            reader.setInput(in);
            assertEquals(4, reader.getNumImages(true));
            int roleColouredPixels = 0;
            for (int i = 0; i < 4; i++) {
                IIOMetadataNode root = (IIOMetadataNode) reader.getImageMetadata(i)
                        .getAsTree("javax_imageio_gif_image_1.0");
                IIOMetadataNode control = (IIOMetadataNode) root.getElementsByTagName("GraphicControlExtension")
                        .item(0);
                assertEquals("25", control.getAttribute("delayTime"), "250 ms in hundredths");
                if (i == 0) {
                    IIOMetadataNode loop = (IIOMetadataNode) root.getElementsByTagName("ApplicationExtension")
                            .item(0);
                    assertEquals("NETSCAPE", loop.getAttribute("applicationID"));
                    assertArrayEquals(new byte[] {1, 0, 0}, (byte[]) loop.getUserObject(), "loops for ever");
                }
                BufferedImage frame = reader.read(i);
                BufferedImage png = ImageIO.read(Exporter.sequenceFile(folder.resolve("f.png"), i + 1).toFile());
                assertEquals(WIDTH, frame.getWidth());
                for (Role role : Role.values()) {
                    List<Integer> exact = pixelsOf(png, role.rgb());
                    assertTrue(pixelsOf(frame, role.rgb()).containsAll(exact),
                            "every pixel in the exact colour of " + role + " keeps it, frame " + i);
                    roleColouredPixels += exact.size();
                }
            }
            assertTrue(roleColouredPixels > 0, "the frames have pixels in role colours");
        }
    }

    /** The indices of the pixels of {@code image} in the colour {@code rgb}. */
    private static List<Integer> pixelsOf(BufferedImage image, int rgb) {
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        List<Integer> found = new ArrayList<>();
        for (int i = 0; i < pixels.length; i++) {
            if ((pixels[i] & 0xFFFFFF) == rgb) {
                found.add(i);
            }
        }
        return found;
    }

    @Test
    void anMp4DecodesToOneFramePerStep() throws Exception {
        Path mp4 = folder.resolve("classic.mp4");
        export(subject(), settings(ExportFormat.MP4, StepSelection.all().every(2), true), mp4);
        int frames = 0;
        try (var channel = NIOUtils.readableChannel(mp4.toFile())) {
            FrameGrab grab = FrameGrab.createFrameGrab(channel);
            for (Picture picture = grab.getNativeFrame(); picture != null; picture = grab.getNativeFrame()) {
                assertEquals(WIDTH, picture.getCroppedWidth());
                assertEquals(HEIGHT, picture.getCroppedHeight());
                frames++;
            }
        }
        assertEquals(3, frames, "steps 1 and 3, and the last, 4");
    }

    @Test
    void aCancelledExportLeavesTheEarlierFileAndNoTemporaryOne() throws Exception {
        Path gif = Files.writeString(folder.resolve("kept.gif"), "an earlier file");
        assertThrows(CancellationException.class, () -> Exporter.export(subject(),
                settings(ExportFormat.GIF, StepSelection.all(), true), gif, new Exporter.Progress() {
                    private int done;

                    @Override
                    public void update(int framesDone, int total) {
                        done = framesDone;
                    }

                    @Override
                    public boolean cancelled() {
                        return done >= 2;
                    }
                }));
        assertEquals("an earlier file", Files.readString(gif));
        try (Stream<Path> files = Files.list(folder)) {
            assertEquals(List.of(gif), files.toList());
        }
    }

    @Test
    void aTargetThatCannotBeWrittenIsAnIoErrorAndWritesNothing() throws Exception {
        Path notAFolder = Files.writeString(folder.resolve("file"), "");
        assertThrows(IOException.class, () -> export(subject(),
                settings(ExportFormat.GIF, StepSelection.all(), true), notAFolder.resolve("x.gif")));
        assertFalse(Files.exists(notAFolder.resolve("x.gif")));
    }

    @Test
    void aJsonDocumentSaysWhatThePicturesShowWithTheResultsNumbers() throws Exception {
        Path json = folder.resolve("conv.json");
        ExportSubject subject = ExportSubject.prepare(LESSON, SingleChannelConv2dLesson.STRIDED.applyTo(
                ParameterValues.defaults(LESSON.parameters())), "stride2");
        export(subject, settings(ExportFormat.JSON, StepSelection.all().every(2), true), json);
        JsonNode document = new ObjectMapper().readTree(json.toFile());
        assertEquals("single-channel-2d", document.get("lesson").asText());
        assertEquals("stride2", document.get("preset").asText());
        assertEquals("en", document.get("language").asText());
        assertEquals("2", document.get("parameters").get("stride").asText());
        assertEquals(LESSON.parameters().size(), document.get("parameters").size());
        long steps = subject.playback().stepCount();
        assertEquals(steps, document.get("stepCount").asLong());
        Tensor y = subject.playback().output().orElseThrow();
        assertEquals("[1,3,3]", document.get("output").get("shape").toString());
        for (int i = 0; i < y.size(); i++) {
            assertEquals(y.data()[i], document.get("output").get("data").get(i).floatValue());
        }
        JsonNode frames = document.get("frames");
        assertEquals(List.of(1L, 3L, 5L, 7L, 9L), frames.findValues("step").stream().map(JsonNode::asLong).toList());
        JsonNode third = frames.get(1);
        Frame frame = subject.playback().frame(2);
        assertEquals("Single-channel 2D convolution", third.get("title").asText());
        assertTrue(third.get("parameterLine").asText().contains("Stride: 2"), third.get("parameterLine").asText());
        assertEquals("Multiplications so far: 27 of 81", third.get("counts").get(0).asText());
        assertEquals(frame.formula(), third.get("formula").asText());
        assertEquals("Input 5×5", third.get("captions").get(0).asText());
        assertEquals(frame.figure().roles().stream().map(role -> I18n.format(Locale.ENGLISH, role.labelKey())).toList(),
                StreamSupport.stream(third.get("legend").spliterator(), false).map(JsonNode::asText).toList());
        assertTrue(third.get("legend").toString().contains("Current step"), third.get("legend").toString());
    }

    @Test
    void aJsonDocumentIsInTheLanguageAskedAndWritesNothingWhenCancelled() throws Exception {
        Path json = folder.resolve("conv.json");
        ExportSettings chinese = new ExportSettings(ExportFormat.JSON, new PixelSize(WIDTH, HEIGHT), 1, Palette.LIGHT,
                true, StepSelection.current(), 250, Locale.SIMPLIFIED_CHINESE, Font.getDefault().getFamily());
        export(subject(), chinese, json);
        JsonNode document = new ObjectMapper().readTree(json.toFile());
        assertEquals("zh-CN", document.get("language").asText());
        assertTrue(document.get("frames").get(0).get("counts").get(0).asText().startsWith("已"),
                document.get("frames").get(0).get("counts").get(0).asText());
        Path cancelled = folder.resolve("cancelled.json");
        assertThrows(CancellationException.class, () -> Exporter.export(subject(),
                settings(ExportFormat.JSON, StepSelection.all(), true), cancelled, new Exporter.Progress() {
                    @Override
                    public void update(int framesDone, int total) {
                    }

                    @Override
                    public boolean cancelled() {
                        return true;
                    }
                }));
        try (Stream<Path> files = Files.list(folder)) {
            assertEquals(List.of(json), files.toList());
        }
    }
}
