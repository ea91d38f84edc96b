package org.convatlas.lesson;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.convatlas.compute.InvalidArgumentException;
import org.convatlas.i18n.Message;
import org.convatlas.render.Figure;

/**
 * A lesson for tests of the lesson machinery and the window: it plays {@link #STEPS} steps whose counts card says
 * which step it is, and refuses its values when {@link #REFUSE} is on. It borrows existing bundle keys so that it
 * needs no strings of its own.
 */
public final class FixtureLesson implements Lesson {

    public static final IntParameter STEPS = new IntParameter("steps", "inspector.parameters", 1, 100, 5);
    public static final BooleanParameter REFUSE = new BooleanParameter("refuse", "role.padding", false);
    public static final ChoiceParameter<String> SHAPE = new ChoiceParameter<>("shape", "role.kernel",
            List.of(new ChoiceParameter.Option<>("square", "menu.view.theme.light"),
                    new ChoiceParameter.Option<>("round", "menu.view.theme.dark")), "square");
    public static final KernelParameter KERNEL = new KernelParameter("kernel", "role.kernel", 1, 5,
            Kernel.of(3, 3, 1, 0, -1, 2, 0, -2, 1, 0, -1));
    public static final Preset TEN_STEPS = Preset.named("role.output").with(STEPS, 10).with(SHAPE, "round");

    private final LessonInfo info;
    private final AtomicInteger preparations = new AtomicInteger();
    private final AtomicInteger releases = new AtomicInteger();

    public FixtureLesson(String id, Chapter chapter) {
        this.info = new LessonInfo(id, chapter, List.of(STEPS, REFUSE, SHAPE, KERNEL), List.of(TEN_STEPS));
    }

    @Override
    public LessonInfo info() {
        return info;
    }

    @Override
    public String titleKey() {
        return chapter().titleKey();
    }

    @Override
    public String explanationKey() {
        return "stage.empty";
    }

    /** How many times {@link #prepare} ran. */
    public int preparations() {
        return preparations.get();
    }

    /** How many of its playbacks were released. */
    public int releases() {
        return releases.get();
    }

    @Override
    public Playback prepare(ParameterValues values) {
        preparations.incrementAndGet();
        if (values.get(REFUSE)) {
            throw new InvalidArgumentException("refuse must be off (got on)");
        }
        int steps = values.get(STEPS);
        return new Playback() {
            @Override
            public long stepCount() {
                return steps;
            }

            @Override
            public Frame frame(long step) {
                return new Frame(Figure.NONE, List.of(Message.of("transport.position.tooltip", step + 1, steps)),
                        "y_{" + step + "} = " + values.get(KERNEL).weight(0, 0) + " x_{" + step + "}");
            }

            @Override
            public void release() {
                releases.incrementAndGet();
            }
        };
    }
}
