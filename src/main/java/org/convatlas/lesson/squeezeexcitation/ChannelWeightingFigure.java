package org.convatlas.lesson.squeezeexcitation;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import org.convatlas.compute.trace.Coordinates;
import org.convatlas.i18n.Message;
import org.convatlas.render.DrawContext;
import org.convatlas.render.Figure;
import org.convatlas.render.Hit;
import org.convatlas.render.Palette;
import org.convatlas.render.Role;
import org.convatlas.render.chrome.Captions;
import org.convatlas.render.chrome.FormulaStrip;
import org.convatlas.render.chrome.NumberText;
import org.convatlas.render.grid.GridGeometry;
import org.convatlas.render.grid.HeatMap;

/**
 * Squeeze-and-excitation in one picture, a row per channel: the channel's feature map with its filter's name beside
 * it, its mean {@code z} (the squeeze), the hidden units {@code h} of the first layer standing between the rows, the
 * channel's weight {@code s} (the excitation, with a bar as long as {@code s} of its box) and the map weighed by
 * {@code s}, coloured on the scale of the map it came from, so that a small {@code s} shows as a faint map. The lines
 * from every {@code z} to every {@code h} and from every {@code h} to every {@code s} are drawn faintly, those of the
 * step and what it works on in the highlight colour; the step's formula is under the rows.
 *
 * @param channels the rows, one per channel
 * @param hidden   the hidden units' values, NaN for those not computed yet
 * @param focus    what the step works on
 * @param headings the captions over the columns: the maps, z, h, s and the weighed maps
 * @param strip    the step's formula; null for none
 */
public record ChannelWeightingFigure(List<Channel> channels, float[] hidden, Focus focus, List<Message> headings,
                                     FormulaStrip strip) implements Figure {

    /**
     * One channel's row.
     *
     * @param name        the filter that made the map
     * @param input       the feature map
     * @param output      the map weighed by {@code s}, on the input's colour scale
     * @param outputShown how many cells of the weighed map are computed, row-major
     * @param z           the channel's mean, NaN until squeezed
     * @param s           the channel's weight, NaN until computed
     */
    public record Channel(Message name, HeatMap input, HeatMap output, long outputShown, float z, float s) {

        public Channel {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(input, "input");
            Objects.requireNonNull(output, "output");
        }
    }

    /** The stages of the block, in the order they play. */
    public enum Part { SQUEEZE, REDUCE, EXPAND, SCALE }

    /**
     * What a step works on: the channel squeezed, the hidden unit or the weight computed, or the cell
     * {@code (row, column)} of the channel weighed.
     */
    public record Focus(Part part, int index, int row, int column) {

        public Focus {
            Objects.requireNonNull(part, "part");
        }
    }

    /**
     * Room above the headings, heading lines, node box width, gap beside the sheets and room for the lines between
     * nodes, in font sizes.
     */
    private static final int HEADING_LINES = 2;
    private static final double TOP = 0.5;
    private static final double NODE_W = 4.0;
    private static final double GAP = 1.0;
    private static final double WIRES = 2.4;
    private static final double STRIP = 2.6;
    private static final double LARGEST_NAME = 7;

    public ChannelWeightingFigure {
        channels = List.copyOf(channels);
        hidden = hidden.clone();
        Objects.requireNonNull(focus, "focus");
        headings = List.copyOf(headings);
        if (channels.isEmpty() || hidden.length == 0 || headings.size() != 5) {
            throw new IllegalArgumentException("a channel weighting has channels, hidden units and five headings");
        }
    }

    @Override
    public void draw(GraphicsContext g, double width, double height, DrawContext context) {
        Layout at = Layout.of(this, width, height, context);
        Palette palette = context.palette();
        g.save();
        drawHeadings(g, at, context);
        drawWires(g, at, palette);
        for (int c = 0; c < channels.size(); c++) {
            drawChannel(g, at, c, context);
        }
        for (int k = 0; k < hidden.length; k++) {
            boolean current = focus.part() == Part.REDUCE && focus.index() == k;
            drawNode(g, at.hX(), at.hiddenY(k), at, hidden[k], Float.NaN, null, current, context);
        }
        g.restore();
        if (strip != null) {
            strip.draw(g, width / 2, at.stripY(), width, context);
        }
    }

    private void drawHeadings(GraphicsContext g, Layout at, DrawContext context) {
        double unit = context.unit();
        double[] centres = {at.inX() + at.sheet() / 2 - at.nameW() / 2, at.zX() + at.nodeW() / 2,
            at.hX() + at.nodeW() / 2, at.sX() + at.nodeW() / 2, at.outX() + at.sheet() / 2};
        double[] widths = {at.sheet() + at.nameW(), at.nodeW() + GAP * unit, at.nodeW() + WIRES * unit,
            at.nodeW() + GAP * unit, at.sheet() + GAP * unit};
        for (int i = 0; i < centres.length; i++) {
            Captions.draw(g, List.of(headings.get(i)), centres[i], at.top(), widths[i], context);
        }
    }

    /** Every line between the layers faintly, then the step's in the highlight colour. */
    private void drawWires(GraphicsContext g, Layout at, Palette palette) {
        g.setStroke(palette.gridLine());
        g.setLineWidth(1);
        for (int c = 0; c < channels.size(); c++) {
            for (int k = 0; k < hidden.length; k++) {
                g.strokeLine(at.zX() + at.nodeW(), at.rowY(c), at.hX(), at.hiddenY(k));
                g.strokeLine(at.hX() + at.nodeW(), at.hiddenY(k), at.sX(), at.rowY(c));
            }
        }
        g.setStroke(palette.color(Role.HIGHLIGHT));
        g.setLineWidth(2);
        if (focus.part() == Part.REDUCE) {
            for (int c = 0; c < channels.size(); c++) {
                g.strokeLine(at.zX() + at.nodeW(), at.rowY(c), at.hX(), at.hiddenY(focus.index()));
            }
        } else if (focus.part() == Part.EXPAND) {
            for (int k = 0; k < hidden.length; k++) {
                g.strokeLine(at.hX() + at.nodeW(), at.hiddenY(k), at.sX(), at.rowY(focus.index()));
            }
        }
    }

    private void drawChannel(GraphicsContext g, Layout at, int c, DrawContext context) {
        Channel channel = channels.get(c);
        Palette palette = context.palette();
        double y = at.rowY(c);
        g.setFont(context.font());
        g.setFill(palette.mutedInk());
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.CENTER);
        g.fillText(context.text(channel.name()), at.inX() - 0.4 * context.unit(), y, at.nameW());
        GridGeometry input = at.input(c);
        GridGeometry output = at.output(c);
        channel.input().draw(g, input, Role.INPUT, Long.MAX_VALUE, palette);
        channel.output().draw(g, output, Role.OUTPUT, channel.outputShown(), palette);
        outline(g, input, palette.gridLine(), 1);
        outline(g, output, palette.gridLine(), 1);
        boolean channelInFocus = focus.index() == c;
        drawNode(g, at.zX(), y, at, channel.z(), Float.NaN, Role.INPUT,
                channelInFocus && focus.part() == Part.SQUEEZE, context);
        drawNode(g, at.sX(), y, at, channel.s(), channel.s(), Role.OUTPUT,
                channelInFocus && (focus.part() == Part.EXPAND || focus.part() == Part.SCALE), context);
        if (channelInFocus && focus.part() == Part.SQUEEZE) {
            outline(g, input, palette.color(Role.HIGHLIGHT), 2);
        } else if (channelInFocus && focus.part() == Part.SCALE) {
            markCell(g, input, palette);
            markCell(g, output, palette);
        }
    }

    /**
     * A box holding {@code value} (blank while NaN) in the tint of {@code role}, or, with a {@code bar} share, that
     * share of the box in the tint; outlined in the highlight colour when the step works on it.
     */
    private static void drawNode(GraphicsContext g, double x, double centreY, Layout at, float value, float bar,
                                 Role role, boolean current, DrawContext context) {
        Palette palette = context.palette();
        double top = centreY - at.nodeH() / 2;
        boolean known = !Float.isNaN(value);
        if (known && role != null) {
            g.setFill(palette.tint(role));
            double share = Float.isNaN(bar) ? 1 : Math.max(0, Math.min(1, bar));
            g.fillRect(x, top, at.nodeW() * share, at.nodeH());
        }
        g.setStroke(current ? palette.color(Role.HIGHLIGHT) : palette.gridLine());
        g.setLineWidth(current ? 2 : 1);
        g.strokeRect(x, top, at.nodeW(), at.nodeH());
        if (known) {
            g.setFont(at.numbers());
            g.setFill(palette.ink());
            g.setTextAlign(TextAlignment.CENTER);
            g.setTextBaseline(VPos.CENTER);
            g.fillText(NumberText.of(value), x + at.nodeW() / 2, centreY, at.nodeW());
        }
    }

    private static void outline(GraphicsContext g, GridGeometry grid, Color colour, double lineWidth) {
        g.setStroke(colour);
        g.setLineWidth(lineWidth);
        g.strokeRect(grid.left(), grid.top(), grid.width(), grid.height());
    }

    /** The focus cell, outlined at least four pixels wide however small the cells. */
    private void markCell(GraphicsContext g, GridGeometry grid, Palette palette) {
        double side = Math.max(4, grid.cell());
        double x = grid.centreX(focus.column()) - side / 2;
        double y = grid.centreY(focus.row()) - side / 2;
        g.setStroke(palette.color(Role.HIGHLIGHT));
        g.setLineWidth(2);
        g.strokeRect(x, y, side, side);
    }

    /** A cell of a feature map {@code (c, row, column)} as an input hit, of a weighed map as an output hit. */
    @Override
    public Optional<Hit> hitTest(double x, double y, double width, double height, DrawContext context) {
        Layout at = Layout.of(this, width, height, context);
        for (int c = 0; c < channels.size(); c++) {
            int channel = c;
            Optional<Hit> hit = at.input(c).cellAt(x, y)
                    .map(cell -> new Hit(Role.INPUT, Coordinates.of(channel, cell.row(), cell.column())))
                    .or(() -> at.output(channel).cellAt(x, y)
                            .map(cell -> new Hit(Role.OUTPUT, Coordinates.of(channel, cell.row(), cell.column()))));
            if (hit.isPresent()) {
                return hit;
            }
        }
        return Optional.empty();
    }

    @Override
    public Set<Role> roles() {
        return EnumSet.of(Role.INPUT, Role.OUTPUT, Role.HIGHLIGHT);
    }

    /** The side of a map's cells. */
    @Override
    public double scale(double width, double height, DrawContext context) {
        return Layout.of(this, width, height, context).input(0).cell();
    }

    /** The headings, then the filters' names. */
    @Override
    public List<Message> captions() {
        List<Message> captions = new ArrayList<>(headings);
        channels.forEach(channel -> captions.add(channel.name()));
        return captions;
    }

    @Override
    public String stripText() {
        return strip == null ? "" : strip.text();
    }

    /**
     * Where the parts go: the headings in {@link #HEADING_LINES} caption lines at the top, the strip's
     * {@link #STRIP} font sizes at the bottom, the rows sharing the height between; across, the names, the maps,
     * the z boxes, the hidden boxes and the s boxes with room for the lines between them, and the weighed maps,
     * the maps as large as the rows' height and the width leave, the whole centred.
     */
    private record Layout(double top, double rowsTop, double rowH, double hiddenStep, double nameW, double sheet,
                          int rows, int columns, double inX, double zX, double hX, double sX, double outX,
                          double nodeW, double nodeH, double stripY, Font numbers) {

        static Layout of(ChannelWeightingFigure figure, double width, double height, DrawContext context) {
            double unit = context.unit();
            double rowsTop = (TOP + HEADING_LINES * Captions.LINE + 0.3) * unit;
            double strip = figure.strip == null ? 0 : STRIP * unit;
            int count = figure.channels.size();
            double rowsH = Math.max(1, height - rowsTop - strip);
            double rowH = rowsH / count;
            double nameW = Math.min(LARGEST_NAME * unit, widestName(figure, context) + 0.6 * unit);
            double nodeW = NODE_W * unit;
            double fixed = nameW + 3 * nodeW + 2 * WIRES * unit + 2 * GAP * unit;
            HeatMap first = figure.channels.get(0).input();
            double sheet = Math.max(1, Math.min(rowH - 0.5 * unit, (width - fixed) / 2));
            double left = (width - fixed - 2 * sheet) / 2;
            double inX = left + nameW;
            double zX = inX + sheet + GAP * unit;
            double hX = zX + nodeW + WIRES * unit;
            double sX = hX + nodeW + WIRES * unit;
            double outX = sX + nodeW + GAP * unit;
            double nodeH = Math.max(4, Math.min(1.6 * unit, 0.8 * rowH));
            Font numbers = context.mathFont(Math.min(0.9, nodeH / unit * 0.6));
            return new Layout(TOP * unit, rowsTop, rowH, rowsH / figure.hidden.length, nameW, sheet, first.rows(),
                    first.columns(), inX, zX, hX, sX, outX, nodeW, nodeH, rowsTop + rowsH + strip / 2, numbers);
        }

        private static double widestName(ChannelWeightingFigure figure, DrawContext context) {
            Text text = new Text();
            text.setFont(context.font());
            double widest = 0;
            for (Channel channel : figure.channels) {
                text.setText(context.text(channel.name()));
                widest = Math.max(widest, text.getLayoutBounds().getWidth());
            }
            return widest;
        }

        double rowY(int channel) {
            return rowsTop + (channel + 0.5) * rowH;
        }

        double hiddenY(int unit) {
            return rowsTop + (unit + 0.5) * hiddenStep;
        }

        private GridGeometry sheetAt(double x, int channel) {
            double cell = sheet / Math.max(rows, columns);
            return GridGeometry.at(x, rowY(channel) - cell * rows / 2, cell, rows, columns);
        }

        GridGeometry input(int channel) {
            return sheetAt(inX, channel);
        }

        GridGeometry output(int channel) {
            return sheetAt(outX, channel);
        }
    }
}
