package org.convatlas.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import javafx.scene.text.Font;
import org.convatlas.compute.Tensor;
import org.convatlas.compute.trace.Trace;
import org.convatlas.export.ExportFormat;
import org.convatlas.export.ExportSettings;
import org.convatlas.export.ExportSubject;
import org.convatlas.export.Exporter;
import org.convatlas.export.HeadlessJavaFx;
import org.convatlas.export.PixelSize;
import org.convatlas.export.StepSelection;
import org.convatlas.i18n.I18n;
import org.convatlas.i18n.Message;
import org.convatlas.render.DrawContext;
import org.convatlas.render.Figure;
import org.convatlas.render.Hit;
import org.convatlas.render.Palette;
import org.convatlas.render.Pixels;
import org.convatlas.render.Role;
import org.convatlas.render.StagePainter;
import org.convatlas.ui.AppFonts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What every registered lesson promises, checked for each of its presets (its defaults if it has none) with no
 * test code of its own: it prepares; its first, middle and last frames draw headless in English and in Chinese with
 * a counts card and captions whose every text exists in both languages; pointing at a cell of each role its figure
 * draws is answered; the multiplications its counts card claims are those of the engine's steps, summed one by one
 * (a lesson that plays a trace of multiplications claims them);
 * and its frames export as a JSON document that reads back to the same lesson, values and result.
 */
class LessonContractTest {

    private static final LessonRegistry REGISTRY = LessonRegistry.builtIn();
    /** The stage's size in the checks: the stage of a 1024×768 window, about. */
    private static final int WIDTH = 640;
    private static final int HEIGHT = 480;
    /** How far apart the points are at which the figure is asked what lies under them, in pixels. */
    private static final int PROBE_SPACING = 4;
    /** Steps summed one by one around each step checked; a shorter trace is summed whole. */
    private static final int WINDOW = 4_000;

    @TempDir
    Path folder;

    @BeforeAll
    static void startJavaFx() throws Exception {
        HeadlessJavaFx.start();
        AppFonts.load();
        Pixels.startJavaFx();
    }

    static Stream<Arguments> lessonsAndPresets() {
        List<Arguments> cases = new ArrayList<>();
        for (Lesson lesson : REGISTRY.lessons()) {
            if (lesson.presets().isEmpty()) {
                cases.add(Arguments.of(lesson.id(), null));
            }
            lesson.presets().forEach(preset -> cases.add(Arguments.of(lesson.id(), preset.name())));
        }
        return cases.stream();
    }

    /** The lesson at the preset's values (the defaults for none), prepared. */
    private record Prepared(Lesson lesson, String preset, ParameterValues values, Playback playback) {

        static Prepared of(String id, String presetName) {
            Lesson lesson = REGISTRY.find(id).orElseThrow();
            ParameterValues values = ParameterValues.defaults(lesson.parameters());
            if (presetName != null) {
                values = lesson.presets().stream().filter(p -> p.name().equals(presetName)).findFirst()
                        .orElseThrow().applyTo(values);
            }
            Playback playback = lesson.prepare(values);
            assertNotNull(playback, "prepare gives a playback");
            assertTrue(playback.stepCount() >= 1, "at least one step");
            return new Prepared(lesson, presetName, values, playback);
        }

        List<Long> checkedSteps() {
            long last = playback.stepCount() - 1;
            return Stream.of(0L, last / 2, last).distinct().toList();
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("lessonsAndPresets")
    void framesDrawInBothLanguagesWithCountsAndCaptions(String id, String preset) throws Exception {
        Prepared prepared = Prepared.of(id, preset);
        for (Locale language : I18n.SUPPORTED) {
            DrawContext context = context(language);
            for (long step : prepared.checkedSteps()) {
                Frame frame = prepared.playback().frame(step);
                String where = id + " " + preset + " step " + step + " in " + language;
                assertFalse(frame.counts().isEmpty(), where + ": a counts card");
                assertFalse(frame.figure().captions().isEmpty(), where + ": captions");
                assertFalse(frame.figure().roles().isEmpty(), where + ": a legend");
                for (Message message : texts(frame)) {
                    assertFalse(context.text(message).isBlank(), where + ": " + message.key() + " says something");
                }
                draw(frame.figure(), context);
            }
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("lessonsAndPresets")
    void pointingAtACellOfEachRoleIsAnswered(String id, String preset) throws Exception {
        Prepared prepared = Prepared.of(id, preset);
        DrawContext context = context(Locale.ENGLISH);
        long last = prepared.playback().stepCount() - 1;
        Figure figure = prepared.playback().frame(last).figure();
        Map<Role, Hit> hits = hitsByRole(figure, context);
        for (Role drawn : List.of(Role.INPUT, Role.OUTPUT)) {
            if (figure.roles().contains(drawn)) {
                assertTrue(hits.containsKey(drawn), id + " " + preset + ": pointing at a cell in " + drawn
                        + " (found " + hits.keySet() + ")");
            }
        }
        for (Hit hit : hits.values()) {
            Frame probed = prepared.playback().probe(last, hit);
            assertNotNull(probed, hit + " is answered");
            assertFalse(probed.counts().isEmpty(), hit + ": a counts card");
            draw(probed.figure(), context);
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("lessonsAndPresets")
    void theMultiplicationsClaimedAreThoseOfTheEnginesSteps(String id, String preset) {
        Prepared prepared = Prepared.of(id, preset);
        Optional<Trace<?>> played = prepared.playback().playedTrace();
        for (long step : prepared.checkedSteps()) {
            Optional<Message> claim = prepared.playback().frame(step).counts().stream()
                    .filter(m -> m.key().equals("counts.multiplies")).findFirst();
            if (played.isEmpty()) {
                assertTrue(claim.isEmpty(), id + ": a card that counts multiplications plays the trace that makes"
                        + " them");
                continue;
            }
            Trace<?> trace = played.get();
            assertEquals(trace.stepCount(), prepared.playback().stepCount(), "one step of the trace per step");
            assertTrue(claim.isPresent() || trace.totalMultiplies() == 0,
                    id + ": a lesson that plays a trace of multiplications counts them");
            if (claim.isEmpty()) {
                continue;
            }
            assertEquals(List.of(trace.multipliesAfter(step), trace.totalMultiplies()),
                    claim.get().arguments().stream().map(a -> ((Number) a).longValue()).toList(),
                    id + " " + preset + " step " + step + ": so far, of the total");
            assertStepsSumTo(trace, step);
        }
        played.ifPresent(trace -> assertStepsSumTo(trace, trace.stepCount() - 1));
    }

    /** The steps' own multiplications, summed one by one around {@code step}, equal the trace's running count. */
    private static void assertStepsSumTo(Trace<?> trace, long step) {
        long from = trace.stepCount() <= WINDOW ? 0 : Math.max(0, step - WINDOW);
        long sum = from == 0 ? 0 : trace.multipliesAfter(from - 1);
        for (long i = from; i <= step; i++) {
            sum += trace.step(i).multiplies();
        }
        assertEquals(sum, trace.multipliesAfter(step), "the multiplications of steps up to " + step);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("lessonsAndPresets")
    void itsFramesExportAsJsonThatReadsBack(String id, String preset) throws Exception {
        Prepared prepared = Prepared.of(id, preset);
        Path json = folder.resolve(id + ".json");
        long steps = prepared.playback().stepCount();
        StepSelection every = StepSelection.all().every((int) Math.max(1, Math.min(Integer.MAX_VALUE, steps / 3)));
        ExportSettings settings = new ExportSettings(ExportFormat.JSON, new PixelSize(WIDTH, HEIGHT), 1,
                Palette.LIGHT, true, every, 500, Locale.SIMPLIFIED_CHINESE, Font.getDefault().getFamily());
        Exporter.export(new ExportSubject(prepared.lesson(), prepared.values(), prepared.playback(), 0,
                Optional.ofNullable(preset)), settings, json, new Exporter.Progress() {
                    @Override
                    public void update(int done, int total) {
                    }

                    @Override
                    public boolean cancelled() {
                        return false;
                    }
                });
        JsonNode document = new ObjectMapper().readTree(Files.readString(json));
        assertEquals(id, document.get("lesson").asText());
        assertEquals("zh-CN", document.get("language").asText());
        ParameterValues read = ParameterValues.defaults(prepared.lesson().parameters());
        for (Parameter<?> parameter : prepared.lesson().parameters()) {
            read = read.parsed(parameter, document.get("parameters").get(parameter.id()).asText());
        }
        assertEquals(prepared.values(), read, "the parameters read back as --set takes them");
        assertEquals(steps, document.get("stepCount").asLong());
        JsonNode frames = document.get("frames");
        assertEquals(every.steps(steps, 0).size(), frames.size(), "the steps asked for");
        JsonNode first = frames.get(0);
        assertEquals(1, first.get("step").asLong());
        for (String field : List.of("counts", "captions", "legend")) {
            assertFalse(first.get(field).isEmpty(), field);
        }
        Optional<Tensor> output = prepared.playback().output();
        assertEquals(output.isPresent(), document.has("output"), "the result is written where there is one");
        if (output.isPresent()) {
            assertEquals(output.get().size(), document.get("output").get("data").size());
        }
    }

    private static DrawContext context(Locale language) {
        Font font = Font.font(AppFonts.familyFor(language).orElse(Font.getDefault().getFamily()), 14);
        return new DrawContext(Palette.LIGHT, font, role -> I18n.format(language, role.labelKey()),
                message -> I18n.format(language, message.key(), message.arguments().toArray()));
    }

    /** Every message a frame shows: its counts card, its captions and its legend's names. */
    private static List<Message> texts(Frame frame) {
        List<Message> all = new ArrayList<>(frame.counts());
        all.addAll(frame.figure().captions());
        frame.figure().roles().forEach(role -> all.add(Message.of(role.labelKey())));
        return all;
    }

    private static void draw(Figure figure, DrawContext context) throws Exception {
        Pixels.paint(WIDTH, HEIGHT, g -> StagePainter.paint(g, WIDTH, HEIGHT, figure, context));
    }

    /**
     * The first cell found under a point of a grid over the stage, per role, in the order found; the search ends once
     * every tensor role the legend lists has a cell.
     */
    private static Map<Role, Hit> hitsByRole(Figure figure, DrawContext context) {
        Set<Role> sought = EnumSet.of(Role.INPUT, Role.KERNEL, Role.OUTPUT);
        sought.retainAll(figure.roles());
        Map<Role, Hit> hits = new LinkedHashMap<>();
        for (int y = PROBE_SPACING / 2; y < HEIGHT && !hits.keySet().containsAll(sought); y += PROBE_SPACING) {
            for (int x = PROBE_SPACING / 2; x < WIDTH; x += PROBE_SPACING) {
                StagePainter.hitTest(figure, x, y, WIDTH, HEIGHT, context)
                        .ifPresent(hit -> hits.putIfAbsent(hit.role(), hit));
            }
        }
        if (hits.isEmpty() && figure.roles().contains(Role.INPUT)) {
            fail("no cell of the figure answers the pointer");
        }
        return hits;
    }
}
