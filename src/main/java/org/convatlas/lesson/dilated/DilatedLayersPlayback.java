package org.convatlas.lesson.dilated;

import java.util.ArrayList;
import java.util.List;
import org.convatlas.compute.Conv2dParams;
import org.convatlas.compute.ConvArithmetic;
import org.convatlas.compute.Counts;
import org.convatlas.compute.OpCount;
import org.convatlas.compute.ReceptiveField;
import org.convatlas.compute.UnitField;
import org.convatlas.compute.Window2d;
import org.convatlas.i18n.Message;
import org.convatlas.lesson.Frame;
import org.convatlas.lesson.Playback;
import org.convatlas.render.Role;
import org.convatlas.render.grid.CellRange;
import org.convatlas.render.grid.FieldPanel;
import org.convatlas.render.grid.FieldRowFigure;

/**
 * The classic picture of stacked dilations: layers {@code 1 … L} of {@code k × k} kernels at dilations
 * {@code 1, 2, 4, …, 2^(L−1)} (stride 1, no padding) over an input of {@code r_L + 2·MARGIN} cells a side: the field
 * of the last layer's centre unit with a margin round it. Panel {@code l} draws the input with the field of the
 * layer-{@code l} unit at the centre ({@code r_l × r_l} cells, {@code r_l = r_(l−1) + (k − 1)·d_l}) and the centres
 * of the fields its {@code k²} taps read, the sampled points. Step {@code l − 1} is about layer {@code l}: its field
 * solid, the others dashed, its numbers in the counts. Every size and position comes from {@link ReceptiveField} and
 * {@link UnitField}, the weights from {@link Counts}.
 */
final class DilatedLayersPlayback implements Playback {

    private static final String KEYS = "lesson." + DilatedConvolutionLesson.ID + ".";

    /** Cells of input around the top unit's field, on each side, so that the field's edge shows. */
    static final int MARGIN = 2;

    private final int kernel;
    private final List<ReceptiveField.Layer> layers = new ArrayList<>();
    private final List<ReceptiveField> fields;
    private final List<FieldPanel> panels = new ArrayList<>();
    private final OpCount perLayer;

    /**
     * @param kernel the kernel side {@code k}
     * @param depth  the number of layers {@code L}
     */
    DilatedLayersPlayback(int kernel, int depth) {
        this.kernel = kernel;
        for (int l = 0; l < depth; l++) {
            layers.add(new ReceptiveField.Layer(kernel, 1, 1 << l, 0));
        }
        fields = ReceptiveField.of(layers);
        ReceptiveField top = fields.get(depth - 1);
        int side = Math.toIntExact(top.size()) + 2 * MARGIN;
        perLayer = Counts.conv2d(new int[] {1, side, side}, new int[] {1, 1, kernel, kernel}, false,
                Conv2dParams.DEFAULT.withWindow(Window2d.of(1, 0, 1)));
        CellRange input = new CellRange(0, 0, side, side);
        for (int l = 0; l < depth; l++) {
            List<ReceptiveField.Layer> below = layers.subList(0, l + 1);
            ReceptiveField field = fields.get(l);
            // the unit of layer l centred where the top layer's unit MARGIN is, in the middle of the input
            double middle = top.centre() + MARGIN * top.jump();
            long unit = Math.round((middle - field.centre()) / field.jump());
            UnitField seen = UnitField.of(below, unit);
            double[] taps = UnitField.tapCentres(below, unit);
            List<FieldPanel.Point> points = new ArrayList<>();
            for (double row : taps) {
                for (double column : taps) {
                    points.add(new FieldPanel.Point(row, column));
                }
            }
            CellRange cells = new CellRange((int) seen.first(), (int) seen.first(), (int) seen.size(),
                    (int) seen.size());
            panels.add(new FieldPanel(Message.of(KEYS + "caption.layer", l + 1, 1 << l, seen.size()), input,
                    input, Role.INPUT, List.of(new FieldPanel.Field(cells, true)), points, null));
        }
    }

    @Override
    public long stepCount() {
        return layers.size();
    }

    @Override
    public Frame frame(long step) {
        int l = (int) step;
        ReceptiveField.Layer layer = layers.get(l);
        long size = fields.get(l).size();
        long before = l == 0 ? ReceptiveField.INPUT.size() : fields.get(l - 1).size();
        List<FieldPanel> shown = new ArrayList<>();
        for (int i = 0; i < panels.size(); i++) {
            FieldPanel panel = panels.get(i);
            shown.add(i == l ? panel : new FieldPanel(panel.caption(), panel.cells(), panel.tensor(), panel.role(),
                    List.of(new FieldPanel.Field(panel.fields().get(0).cells(), false)), panel.points(), null));
        }
        int reach = ConvArithmetic.reach(kernel, layer.dilation());
        FieldRowFigure figure = new FieldRowFigure(shown,
                Message.of(KEYS + "note.layer", l + 1, size, kernel, perLayer.parameters()));
        List<Message> counts = List.of(
                Message.of(KEYS + "counts.layer", l + 1, layer.dilation(), size),
                Message.of(KEYS + "counts.effective", kernel, layer.dilation(), reach),
                Message.of(KEYS + "counts.parametersPerLayer", perLayer.parameters()));
        String formula = "r_{" + (l + 1) + "} = r_{" + l + "} + (k - 1) \\cdot d_{" + (l + 1) + "} = " + before
                + " + (" + kernel + " - 1) \\cdot " + layer.dilation() + " = " + size;
        return new Frame(figure, counts, formula);
    }
}
