package org.convatlas.render.chrome;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import org.convatlas.render.DrawContext;
import org.convatlas.render.Role;
import org.convatlas.render.grid.CellPainter;

/**
 * The key to the colours of a figure: one swatch and name per role, left to right, wrapping onto as many lines
 * as the width needs. A swatch is one font size square; items are one font size apart.
 */
public final class Legend {

    private final List<Item> items = new ArrayList<>();
    private final double unit;
    private final int lines;

    private record Item(Role role, String label, double x, double width, int line) {
    }

    /** Lays out the legend of {@code roles} in a row {@code width} pixels wide. */
    public Legend(Set<Role> roles, double width, DrawContext context) {
        unit = context.unit();
        Text measure = new Text();
        measure.setFont(context.font());
        double x = 0;
        int line = 0;
        for (Role role : roles) {
            String label = context.roleLabel().apply(role);
            measure.setText(label);
            double itemWidth = unit * 1.5 + measure.getLayoutBounds().getWidth();
            if (x > 0 && x + itemWidth > width) {
                x = 0;
                line++;
            }
            items.add(new Item(role, label, x, itemWidth, line));
            x += itemWidth + unit;
        }
        lines = roles.isEmpty() ? 0 : line + 1;
    }

    /** The height the legend takes, in pixels: 1.5 font sizes per line. */
    public double height() {
        return lines * unit * 1.5;
    }

    /** The width the legend takes, in pixels: that of its longest line. */
    public double width() {
        return items.stream().mapToDouble(item -> item.x() + item.width()).max().orElse(0);
    }

    /** Draws the legend with its top-left corner at {@code (left, top)}. */
    public void draw(GraphicsContext g, double left, double top, DrawContext context) {
        g.save();
        g.setFont(context.font());
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        for (Item item : items) {
            double y = top + item.line() * unit * 1.5;
            CellPainter.paint(g, item.role(), left + item.x(), y, unit, unit, context.palette());
            g.setFill(context.palette().ink());
            g.fillText(item.label(), left + item.x() + unit * 1.5, y + unit / 2);
        }
        g.restore();
    }
}
