package org.convatlas.lesson.squeezeexcitation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.convatlas.compute.Tensor;
import org.convatlas.compute.trace.PoolStep;
import org.convatlas.compute.trace.PoolTap;
import org.convatlas.compute.trace.StagedTrace;
import org.convatlas.compute.trace.Step;
import org.convatlas.compute.trace.Tap;
import org.convatlas.compute.trace.Trace;
import org.convatlas.compute.trace.WeightedSumStep;
import org.convatlas.i18n.Message;
import org.convatlas.lesson.Frame;
import org.convatlas.lesson.squeezeexcitation.ChannelWeightingFigure.Channel;
import org.convatlas.lesson.squeezeexcitation.ChannelWeightingFigure.Focus;
import org.convatlas.lesson.squeezeexcitation.ChannelWeightingFigure.Part;
import org.convatlas.lesson.stack.StackShape;
import org.convatlas.render.Role;
import org.convatlas.render.chrome.FormulaStrip;
import org.convatlas.render.chrome.FormulaStrip.Piece;
import org.convatlas.render.chrome.NumberText;
import org.convatlas.render.grid.HeatMap;

/**
 * The frames of the steps of squeeze-and-excitation over a bank of feature maps, stage by stage, every number from
 * the engine's trace: the channels' means, the hidden units and the weights are its stages' outputs, each step's
 * formula its taps. Everything computed before a step is shown at it; what comes after is left blank.
 */
final class ChannelWeightingSteps {

    private static final String KEYS = "lesson." + SqueezeExcitationLesson.ID + ".";

    private final StagedTrace<Step> trace;
    private final List<Message> names;
    private final Tensor x;
    private final float[] squeezed;
    private final float[] hidden;
    private final float[] scale;
    private final List<HeatMap> inputs = new ArrayList<>();
    private final List<HeatMap> outputs = new ArrayList<>();
    private final List<Message> headings;
    private final String formula;
    private final int plane;

    /**
     * @param trace   the block's stages as the engine traces them: squeeze, reduce, expand, scale
     * @param bank    the feature maps the block weighs
     * @param formula the lesson's formula for every frame
     */
    ChannelWeightingSteps(StagedTrace<Step> trace, FeatureBank bank, String formula) {
        this.trace = trace;
        this.x = bank.maps();
        this.names = bank.filters().stream().map(f -> Message.of(KEYS + "filter." + f.id())).toList();
        this.squeezed = trace.stages().get(0).trace().output().data();
        this.hidden = trace.stages().get(1).trace().output().data();
        this.scale = trace.stages().get(2).trace().output().data();
        float[] y = trace.output().data();
        int rows = x.dim(1);
        int columns = x.dim(2);
        this.plane = rows * columns;
        for (int c = 0; c < x.dim(0); c++) {
            HeatMap input = HeatMap.fromZero(Arrays.copyOfRange(x.data(), c * plane, (c + 1) * plane), rows, columns);
            inputs.add(input);
            outputs.add(new HeatMap(Arrays.copyOfRange(y, c * plane, (c + 1) * plane), rows, columns, input));
        }
        this.headings = List.of(Message.of(KEYS + "heading.maps", StackShape.dimensions(x.shape())),
                Message.of(KEYS + "heading.squeeze"), Message.of(KEYS + "heading.hidden"),
                Message.of(KEYS + "heading.excite"), Message.of(KEYS + "heading.scaled"));
        this.formula = formula;
    }

    /** The channels' side: the cells of one map. */
    int plane() {
        return plane;
    }

    int columns() {
        return x.dim(2);
    }

    /** Step {@code step} of stage {@code part}, its counts starting with the stage's multiplications so far. */
    Frame frame(Part part, long step) {
        Trace<? extends Step> stage = trace.stages().get(part.ordinal()).trace();
        Step traced = stage.step(step);
        Frame frame = switch (part) {
            case SQUEEZE -> squeeze((int) step, (PoolStep) traced);
            case REDUCE -> reduce((int) step, (WeightedSumStep) traced);
            case EXPAND -> expand((int) step, (WeightedSumStep) traced);
            case SCALE -> scale(step, (WeightedSumStep) traced);
        };
        List<Message> counts = new ArrayList<>();
        counts.add(Message.of("counts.multiplies", stage.multipliesAfter(step), stage.totalMultiplies()));
        counts.addAll(frame.counts());
        return new Frame(frame.figure(), counts, frame.formula());
    }

    private Frame squeeze(int c, PoolStep step) {
        List<List<Piece>> terms = step.taps().stream().map(PoolTap::value)
                .map(v -> List.of(new Piece(NumberText.of(v), Role.INPUT))).toList();
        FormulaStrip strip = new FormulaStrip(List.of(Piece.plain("z[" + c + "] = (")), terms, Piece.plain(" + "),
                List.of(Piece.plain(") / " + step.divisor() + " = "), Piece.plain(NumberText.of(step.result()))));
        return frame(new Focus(Part.SQUEEZE, c, 0, 0), c + 1, 0, 0, 0, strip,
                Message.of(KEYS + "counts.squeeze", c, names.get(c), step.taps().size(), step.result()));
    }

    private Frame reduce(int k, WeightedSumStep step) {
        FormulaStrip strip = weightedSum("h[" + k + "] = max(0, ", step, Role.INPUT, ")");
        return frame(new Focus(Part.REDUCE, k, 0, 0), squeezed.length, k + 1, 0, 0, strip,
                Message.of(KEYS + "counts.reduce", k, step.taps().size(), step.result()));
    }

    private Frame expand(int c, WeightedSumStep step) {
        FormulaStrip strip = weightedSum("s[" + c + "] = σ(", step, null, ")");
        return frame(new Focus(Part.EXPAND, c, 0, 0), squeezed.length, hidden.length, c + 1, 0, strip,
                Message.of(KEYS + "counts.excite", c, names.get(c), step.result()));
    }

    private Frame scale(long index, WeightedSumStep step) {
        int c = (int) (index / plane);
        int cell = (int) (index % plane);
        Tap tap = step.taps().get(0);
        FormulaStrip strip = new FormulaStrip(List.of(Piece.plain("y[" + c + "," + cell / columns() + ","
                + cell % columns() + "] = ")),
                List.of(List.of(new Piece(NumberText.factor(tap.input()), Role.INPUT), Piece.plain(" · "),
                        Piece.plain(NumberText.factor(tap.weight())))), Piece.plain(""),
                List.of(Piece.plain(" = "), new Piece(NumberText.of(step.result()), Role.OUTPUT)));
        return frame(new Focus(Part.SCALE, c, cell / columns(), cell % columns()), squeezed.length, hidden.length,
                scale.length, index + 1, strip,
                Message.of(KEYS + "counts.scale", names.get(c), tap.weight()));
    }

    /** {@code head b + w·v + … + w·v tail = result}, the values {@code v} in the colour of {@code role}. */
    private static FormulaStrip weightedSum(String head, WeightedSumStep step, Role role, String tail) {
        List<List<Piece>> terms = step.taps().stream().map(tap -> List.of(Piece.plain(NumberText.factor(tap.weight())),
                Piece.plain("·"), new Piece(NumberText.factor(tap.input()), role))).toList();
        return new FormulaStrip(List.of(Piece.plain(head + NumberText.of(step.bias()) + " + ")), terms,
                Piece.plain(" + "), List.of(Piece.plain(tail + " = "), Piece.plain(NumberText.of(step.result()))));
    }

    /**
     * The figure with the first {@code means} channel means, {@code units} hidden units, {@code weights} channel
     * weights and {@code cells} weighed cells (row-major over every channel) computed.
     */
    private Frame frame(Focus focus, int means, int units, int weights, long cells, FormulaStrip strip,
                        Message line) {
        List<Channel> channels = new ArrayList<>();
        for (int c = 0; c < inputs.size(); c++) {
            long shown = Math.max(0, Math.min(plane, cells - (long) c * plane));
            channels.add(new Channel(names.get(c), inputs.get(c), outputs.get(c), shown,
                    c < means ? squeezed[c] : Float.NaN, c < weights ? scale[c] : Float.NaN));
        }
        float[] shownUnits = new float[hidden.length];
        for (int k = 0; k < hidden.length; k++) {
            shownUnits[k] = k < units ? hidden[k] : Float.NaN;
        }
        return new Frame(new ChannelWeightingFigure(channels, shownUnits, focus, headings, strip), List.of(line),
                formula);
    }
}
