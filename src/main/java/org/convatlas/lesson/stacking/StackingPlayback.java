package org.convatlas.lesson.stacking;

import java.util.ArrayList;
import java.util.List;
import org.convatlas.compute.InvalidArgumentException;
import org.convatlas.compute.ReceptiveField;
import org.convatlas.compute.ReceptiveField2d;
import org.convatlas.i18n.Message;
import org.convatlas.lesson.ChartPlayback;
import org.convatlas.lesson.Frame;
import org.convatlas.lesson.LayerStack;
import org.convatlas.lesson.SeriesChart;
import org.convatlas.lesson.StackLayer;
import org.convatlas.render.Hit;
import org.convatlas.render.Role;
import org.convatlas.render.grid.CellRange;
import org.convatlas.render.grid.FieldPanel;
import org.convatlas.render.grid.FieldRowFigure;
import org.convatlas.render.grid.GridCell;

/**
 * What the stacking lesson plays: one step per layer (in sequence) or per branch (side by side). A step picks the
 * centre unit of its layer and draws the cells it reads on the input and on every grid between (solid), the field of
 * the compared stack's unit at the same place (dashed) once the whole stack is shown, and the counts: the field, the
 * weights per channel pair of both stacks and their ratio. Pointing at a unit of a layer shows that unit's field.
 * The chart plots the field's width against depth for the stack, plain 3 × 3 stacking and 3 × 3 stacking at
 * dilations 1, 2, 4, ….
 */
final class StackingPlayback implements ChartPlayback {

    private static final String KEYS = "lesson." + StackingLesson.ID + ".";
    /** The chart shows at least this many layers of the reference stacks. */
    static final int MIN_CHART_DEPTH = 4;

    private final StackArrangement arrangement;
    /** In sequence: one chain of every layer. Side by side: one chain of one layer per branch. */
    private final List<LayerChain> chains = new ArrayList<>();
    private final LayerChain compared;
    private final String comparedName;
    private final SeriesChart chart;
    private final List<Message> fixedCounts;

    /**
     * @throws InvalidArgumentException if a layer does not fit the grid it reads, or branches side by side give
     *                                  outputs of different sizes
     */
    StackingPlayback(int size, StackArrangement arrangement, LayerStack stack, LayerStack comparedStack) {
        this.arrangement = arrangement;
        if (arrangement == StackArrangement.SEQUENCE) {
            chains.add(new LayerChain(size, stack));
        } else {
            for (StackLayer branch : stack.layers()) {
                chains.add(new LayerChain(size, LayerStack.of(branch)));
            }
            checkConcatenable();
        }
        compared = new LayerChain(size, comparedStack);
        comparedName = comparedStack.kernels();
        long weights = chains.stream().mapToLong(c -> c.count().parameters()).sum();
        long comparedWeights = compared.count().parameters();
        ReceptiveField2d comparedField = compared.field(compared.depth());
        fixedCounts = List.of(
                Message.of(KEYS + "counts.weights", weights),
                Message.of(KEYS + "counts.compared", comparedName, comparedField.vertical().size(),
                        comparedField.horizontal().size(), comparedWeights),
                Message.of(KEYS + "counts.share", (double) weights / comparedWeights, weights, comparedWeights));
        chart = chart(stack);
    }

    /** Outputs concatenated along channels must share their height and width. */
    private void checkConcatenable() {
        LayerChain first = chains.get(0);
        for (int b = 1; b < chains.size(); b++) {
            LayerChain branch = chains.get(b);
            if (branch.height(1) != first.height(1) || branch.width(1) != first.width(1)) {
                throw new InvalidArgumentException("branch " + (b + 1) + " gives " + branch.height(1) + "x"
                        + branch.width(1) + " but branch 1 gives " + first.height(1) + "x" + first.width(1)
                        + "; outputs concatenated along channels need one size: pad each branch by (k - 1) / 2");
            }
        }
    }

    @Override
    public SeriesChart chart() {
        return chart;
    }

    @Override
    public long stepCount() {
        return arrangement == StackArrangement.SEQUENCE ? chains.get(0).depth() : chains.size();
    }

    @Override
    public Frame frame(long step) {
        int s = (int) step;
        LayerChain chain = chainOf(s);
        int l = layerOf(s);
        return frame(s, chain.height(l) / 2, chain.width(l) / 2);
    }

    /** A unit of a layer (or branch): the frame of that layer's step with that unit picked. */
    @Override
    public Frame probe(long step, Hit hit) {
        int panel = hit.at().get(0);
        if (panel == 0) {
            return frame(step);
        }
        int s = panel - 1;
        int row = hit.at().get(1);
        int column = hit.at().get(2);
        return chainOf(s).hasUnit(layerOf(s), row, column) ? frame(s, row, column) : frame(step);
    }

    private LayerChain chainOf(int step) {
        return arrangement == StackArrangement.SEQUENCE ? chains.get(0) : chains.get(step);
    }

    /** The layer of a step within its chain, from 1. */
    private int layerOf(int step) {
        return arrangement == StackArrangement.SEQUENCE ? step + 1 : 1;
    }

    private Frame frame(int step, int row, int column) {
        LayerChain chain = chainOf(step);
        int l = layerOf(step);
        boolean whole = arrangement == StackArrangement.SIDE_BY_SIDE || l == chain.depth();
        List<FieldPanel.Field> inputFields = new ArrayList<>();
        inputFields.add(new FieldPanel.Field(chain.fieldOn(0, l, row, column), true));
        if (arrangement == StackArrangement.SIDE_BY_SIDE) {
            for (LayerChain other : chains) {
                if (other != chain && other.hasUnit(1, row, column)) {
                    inputFields.add(new FieldPanel.Field(other.fieldOn(0, 1, row, column), false));
                }
            }
        }
        if (whole && compared.hasUnit(compared.depth(), row, column)) {
            inputFields.add(new FieldPanel.Field(compared.fieldOn(0, compared.depth(), row, column), false));
        }
        List<FieldPanel> panels = new ArrayList<>();
        panels.add(panel(Message.of("figure.input", chain.height(0), chain.width(0)), chain.height(0),
                chain.width(0), Role.INPUT, inputFields, null));
        if (arrangement == StackArrangement.SEQUENCE) {
            for (int g = 1; g <= chain.depth(); g++) {
                List<FieldPanel.Field> fields = g < l ? List.of(new FieldPanel.Field(chain.fieldOn(g, l, row, column),
                        true)) : List.of();
                panels.add(panel(caption("caption.layer", g, chain, g), chain.height(g), chain.width(g),
                        Role.OUTPUT, fields, g == l ? new GridCell(row, column) : null));
            }
        } else {
            for (int b = 0; b < chains.size(); b++) {
                LayerChain branch = chains.get(b);
                panels.add(panel(caption("caption.branch", b + 1, branch, 1), branch.height(1),
                        branch.width(1), Role.OUTPUT, List.of(), b == step ? new GridCell(row, column) : null));
            }
        }
        ReceptiveField2d field = chain.field(l);
        long fieldH = field.vertical().size();
        long fieldW = field.horizontal().size();
        Message note = arrangement == StackArrangement.SEQUENCE
                ? Message.of(KEYS + "note.sequence", l, row, column, fieldH, fieldW)
                : Message.of(KEYS + "note.sideBySide", chains.size(), chain.height(1), chain.width(1), step + 1,
                        fieldH, fieldW);
        StackLayer layer = chain.layer(l);
        List<Message> counts = new ArrayList<>();
        counts.add(Message.of(KEYS + (arrangement == StackArrangement.SEQUENCE ? "counts.layer" : "counts.branch"),
                step + 1, layer.kernelH(), layer.kernelW(), layer.stride(), layer.dilation(), layer.padding(),
                chain.count(l).parameters()));
        counts.add(Message.of(KEYS + "counts.field", fieldH, fieldW));
        counts.addAll(fixedCounts);
        return new Frame(new FieldRowFigure(panels, note), counts, formula(chain, l));
    }

    /** A grid of {@code rows × columns} drawn with a padding ring wide enough for every field marked on it. */
    private static FieldPanel panel(Message caption, int rows, int columns, Role role, List<FieldPanel.Field> fields,
                                    GridCell unit) {
        CellRange tensor = new CellRange(0, 0, rows, columns);
        CellRange cells = tensor;
        for (FieldPanel.Field field : fields) {
            CellRange f = field.cells();
            cells = cells.including(f.top(), f.left()).including(f.top() + f.rows() - 1, f.left() + f.columns() - 1);
        }
        return new FieldPanel(caption, cells, tensor, role, fields, List.of(), unit);
    }

    /** {@code Layer 2 (3×3): 5×5}: the number, the kernel of layer {@code l} of {@code chain} and its output. */
    private static Message caption(String key, int number, LayerChain chain, int l) {
        StackLayer layer = chain.layer(l);
        return Message.of(KEYS + key, number, layer.kernelH(), layer.kernelW(), chain.height(l), chain.width(l));
    }

    /**
     * The width of layer {@code l}'s field with its numbers, {@code r_l = r_(l−1) + (k_l − 1)·d_l·j_(l−1)}: the
     * sizes and jump from the engine.
     */
    private static String formula(LayerChain chain, int l) {
        ReceptiveField before = l == 1 ? ReceptiveField.INPUT : chain.field(l - 1).horizontal();
        StackLayer layer = chain.layer(l);
        return "r_{" + l + "} = r_{" + (l - 1) + "} + (k_{" + l + "} - 1)\\, d_{" + l + "}\\, j_{" + (l - 1) + "} = "
                + before.size() + " + (" + layer.kernelW() + " - 1) \\cdot " + layer.dilation() + " \\cdot "
                + before.jump() + " = " + chain.field(l).horizontal().size();
    }

    /** The field's width against depth: the stack, plain 3 × 3 stacking and 3 × 3 at dilations 1, 2, 4, …. */
    private SeriesChart chart(LayerStack stack) {
        int depth = Math.max(MIN_CHART_DEPTH, stack.size());
        List<SeriesChart.Point> own = new ArrayList<>();
        if (arrangement == StackArrangement.SEQUENCE) {
            LayerChain chain = chains.get(0);
            for (int l = 1; l <= chain.depth(); l++) {
                own.add(new SeriesChart.Point(l, chain.field(l).horizontal().size()));
            }
        } else {
            long widest = chains.stream().mapToLong(c -> c.field(1).horizontal().size()).max().orElseThrow();
            own.add(new SeriesChart.Point(1, widest));
        }
        List<ReceptiveField.Layer> plain = new ArrayList<>();
        List<ReceptiveField.Layer> dilated = new ArrayList<>();
        for (int l = 0; l < depth; l++) {
            plain.add(new ReceptiveField.Layer(3, 1, 1, 0));
            dilated.add(new ReceptiveField.Layer(3, 1, 1 << l, 0));
        }
        return new SeriesChart(KEYS + "chart.title", KEYS + "chart.depth", KEYS + "chart.width", List.of(
                new SeriesChart.Series(KEYS + "chart.stack", own),
                new SeriesChart.Series(KEYS + "chart.plain", points(ReceptiveField.of(plain))),
                new SeriesChart.Series(KEYS + "chart.dilated", points(ReceptiveField.of(dilated)))));
    }

    private static List<SeriesChart.Point> points(List<ReceptiveField> fields) {
        List<SeriesChart.Point> points = new ArrayList<>();
        for (int l = 0; l < fields.size(); l++) {
            points.add(new SeriesChart.Point(l + 1, fields.get(l).size()));
        }
        return points;
    }
}
