package org.convatlas.lesson.shuffle;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import javafx.geometry.Rectangle2D;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import org.convatlas.compute.trace.Coordinates;
import org.convatlas.i18n.Message;
import org.convatlas.render.DrawContext;
import org.convatlas.render.Figure;
import org.convatlas.render.GroupBand;
import org.convatlas.render.Hit;
import org.convatlas.render.Role;
import org.convatlas.render.chrome.FormulaStrip;

/**
 * Blocks of square tiles, each tile a channel in its group's colour ({@link GroupBand}) with its number and, when
 * there is room, its group's ({@code g1}), outlined in its tensor's role colour; the blocks stand in rows, each block
 * under its caption, all tiles of one size, with a formula strip under them. A tile may be empty (a channel not yet
 * written, a dependency that is not there) or filled without a number (a dependency), and marked in the highlight
 * colour. Pointing at a numbered tile names its channel as {@code (channel)} of its role.
 *
 * @param rows  the blocks, row by row
 * @param strip the formula under the blocks
 */
record TileBoard(List<List<Block>> rows, FormulaStrip strip) implements Figure {

    /** Caption height over a block, in font sizes. */
    private static final double CAPTION = 1.7;
    /** Space between blocks, in font sizes. */
    private static final double GAP = 1.5;
    /** Height of the strip, in font sizes. */
    private static final double STRIP = 2.6;
    /** The largest tile, in font sizes. */
    private static final double LARGEST = 3.2;
    /** A tile this many font sizes wide or more also writes its group under its number. */
    private static final double WITH_GROUP = 2.2;

    /**
     * One tile: the channel of its role that pointing at it names ({@code -1} for none), its text, its group (its
     * colour), its role (its outline), whether it is filled and whether it is marked.
     */
    record Tile(int at, String text, int group, Role role, boolean filled, boolean marked) {

        /** A tile for channel {@code channel}, numbered so. */
        static Tile channel(int channel, int group, Role role, boolean marked) {
            return new Tile(channel, Integer.toString(channel), group, role, true, marked);
        }

        /** A tile with no number: filled in {@code group}'s colour, or empty. */
        static Tile mark(int group, Role role, boolean filled, boolean marked) {
            return new Tile(-1, "", group, role, filled, marked);
        }

        /** A channel not yet written: an empty outline. */
        static Tile blank(Role role) {
            return new Tile(-1, "", 0, role, false, false);
        }
    }

    /** A block of {@code rows × columns} tiles, row-major; a null tile leaves its place empty. */
    record Block(Message caption, int rows, int columns, List<Tile> tiles) {
        Block {
            Objects.requireNonNull(caption, "caption");
            if (rows < 1 || columns < 1 || tiles.size() != rows * columns) {
                throw new IllegalArgumentException("a block of " + rows + "x" + columns + " has as many tiles (got "
                        + tiles.size() + ")");
            }
            tiles = java.util.Collections.unmodifiableList(new ArrayList<>(tiles));
        }
    }

    TileBoard {
        rows = rows.stream().map(List::copyOf).toList();
        Objects.requireNonNull(strip, "strip");
    }

    /** A block placed: its top-left tile corner, its slot's left edge and width, and the tile size. */
    private record Placed(Block block, double x, double y, double slotX, double slotWidth, double tile) {
    }

    @Override
    public Set<Role> roles() {
        Set<Role> roles = EnumSet.of(Role.HIGHLIGHT);
        rows.stream().flatMap(List::stream).flatMap(b -> b.tiles().stream()).filter(Objects::nonNull)
                .forEach(t -> roles.add(t.role()));
        return roles;
    }

    @Override
    public List<Message> captions() {
        return rows.stream().flatMap(List::stream).map(Block::caption).toList();
    }

    @Override
    public String stripText() {
        return strip.text();
    }

    @Override
    public double scale(double width, double height, DrawContext context) {
        return tile(width, height, context);
    }

    /** The largest tile with which every row fits the width and the rows the height over the strip. */
    private double tile(double width, double height, DrawContext context) {
        double unit = context.unit();
        double tile = LARGEST * unit;
        double columnsHigh = 0;
        for (List<Block> row : rows) {
            columnsHigh += row.stream().mapToInt(Block::rows).max().orElse(0);
            int columns = row.stream().mapToInt(Block::columns).sum();
            tile = Math.min(tile, (width - GAP * unit * (row.size() + 1)) / columns);
            // a caption wider than its block widens its slot: narrow the tiles until the row fits
            for (int i = 0; i < 8 && rowWidth(row, tile, context) > width - GAP * unit; i++) {
                tile *= (width - GAP * unit) / rowWidth(row, tile, context);
            }
        }
        double room = height - STRIP * unit - rows.size() * CAPTION * unit - (rows.size() + 1) * GAP * unit;
        return Math.max(2, Math.min(tile, room / Math.max(1, columnsHigh)));
    }

    private static double rowWidth(List<Block> row, double tile, DrawContext context) {
        double width = 0;
        for (Block block : row) {
            width += slot(block, tile, context);
        }
        return width + GAP * context.unit() * (row.size() - 1);
    }

    private static double slot(Block block, double tile, DrawContext context) {
        return Math.max(block.columns() * tile, textWidth(context.text(block.caption()), context.font()));
    }

    private List<Placed> layout(double width, double height, DrawContext context) {
        double unit = context.unit();
        double tile = tile(width, height, context);
        double total = 0;
        for (List<Block> row : rows) {
            total += CAPTION * unit + row.stream().mapToInt(Block::rows).max().orElse(0) * tile;
        }
        total += GAP * unit * (rows.size() - 1);
        double y = Math.max(0, (height - STRIP * unit - total) / 2);
        List<Placed> placed = new ArrayList<>();
        for (List<Block> row : rows) {
            double x = Math.max(0, (width - rowWidth(row, tile, context)) / 2);
            int high = row.stream().mapToInt(Block::rows).max().orElse(0);
            for (Block block : row) {
                double slot = slot(block, tile, context);
                double top = y + CAPTION * unit + (high - block.rows()) * tile / 2;
                placed.add(new Placed(block, x + (slot - block.columns() * tile) / 2, top, x, slot, tile));
                x += slot + GAP * unit;
            }
            y += CAPTION * unit + high * tile + GAP * unit;
        }
        return placed;
    }

    @Override
    public void draw(GraphicsContext g, double width, double height, DrawContext context) {
        g.save();
        g.setTextBaseline(VPos.CENTER);
        for (Placed at : layout(width, height, context)) {
            g.setFont(context.font());
            g.setFill(context.palette().ink());
            g.setTextAlign(TextAlignment.CENTER);
            g.fillText(context.text(at.block().caption()), at.slotX() + at.slotWidth() / 2,
                    at.y() - CAPTION * context.unit() / 2);
            List<Tile> tiles = at.block().tiles();
            for (int i = 0; i < tiles.size(); i++) {
                Tile t = tiles.get(i);
                if (t != null) {
                    paint(g, t, at.x() + (i % at.block().columns()) * at.tile(),
                            at.y() + (i / at.block().columns()) * at.tile(), at.tile(), context);
                }
            }
        }
        g.restore();
        strip.draw(g, width / 2, height - STRIP * context.unit() / 2, width, context);
    }

    private static void paint(GraphicsContext g, Tile t, double x, double y, double side, DrawContext context) {
        double inset = Math.max(1, 0.08 * side);
        double s = side - 2 * inset;
        double arc = s / 4;
        Color fill = GroupBand.color(t.group());
        if (t.filled()) {
            g.setFill(fill);
            g.fillRoundRect(x + inset, y + inset, s, s, arc, arc);
        }
        g.setStroke(context.palette().color(t.role()));
        g.setLineWidth(t.filled() ? 1.5 : 1);
        if (!t.filled()) {
            g.setLineDashes(3, 3);
        }
        g.strokeRoundRect(x + inset, y + inset, s, s, arc, arc);
        g.setLineDashes();
        if (t.marked()) {
            g.setStroke(context.palette().color(Role.HIGHLIGHT));
            g.setLineWidth(Math.max(2, 0.1 * side));
            g.strokeRoundRect(x + inset / 2, y + inset / 2, side - inset, side - inset, arc, arc);
        }
        if (t.text().isEmpty()) {
            return;
        }
        double unit = context.unit();
        boolean withGroup = side >= WITH_GROUP * unit;
        double size = Math.min(unit, 0.5 * s);
        Font math = context.mathFont(size / unit);
        g.setFill(GroupBand.textOn(fill));
        g.setTextAlign(TextAlignment.CENTER);
        g.setFont(Font.font(math.getFamily(), FontWeight.BOLD, math.getSize()));
        double middle = y + side / 2;
        g.fillText(t.text(), x + side / 2, withGroup ? middle - 0.22 * s : middle);
        if (withGroup) {
            g.setFont(context.mathFont(0.75 * size / unit));
            g.fillText("g" + GroupBand.label(t.group()), x + side / 2, middle + 0.25 * s);
        }
    }

    @Override
    public Optional<Hit> hitTest(double x, double y, double width, double height, DrawContext context) {
        for (Placed at : layout(width, height, context)) {
            int column = (int) Math.floor((x - at.x()) / at.tile());
            int row = (int) Math.floor((y - at.y()) / at.tile());
            if (column < 0 || row < 0 || column >= at.block().columns() || row >= at.block().rows()) {
                continue;
            }
            Tile t = at.block().tiles().get(row * at.block().columns() + column);
            if (t != null && t.at() >= 0) {
                return Optional.of(new Hit(t.role(), Coordinates.of(t.at())));
            }
        }
        return Optional.empty();
    }

    @Override
    public List<Rectangle2D> captionBoxes(double width, double height, DrawContext context) {
        double unit = context.unit();
        return layout(width, height, context).stream().map(at -> {
            double w = textWidth(context.text(at.block().caption()), context.font());
            return new Rectangle2D(at.slotX() + (at.slotWidth() - w) / 2, at.y() - CAPTION * unit, w, CAPTION * unit);
        }).toList();
    }

    private static double textWidth(String text, Font font) {
        Text measure = new Text(text);
        measure.setFont(font);
        return measure.getLayoutBounds().getWidth();
    }
}
