package org.convatlas.render.image;

import java.util.List;
import java.util.Set;
import javafx.scene.canvas.GraphicsContext;
import org.convatlas.i18n.Message;
import org.convatlas.render.DrawContext;
import org.convatlas.render.Figure;
import org.convatlas.render.Role;

/**
 * Pictures side by side in boxes of equal width, {@value #GAP} font sizes apart, each fitted into its box by its
 * {@link ImagePanel} (so pictures of different sizes are drawn alike, and a small one is enlarged pixel for pixel,
 * without smoothing, which keeps a checkerboard of single pixels visible).
 *
 * @param panels the pictures, left to right
 * @param roles  the roles the legend lists
 */
public record ImageRow(List<ImagePanel> panels, Set<Role> roles) implements Figure {

    private static final double GAP = 1.5;

    public ImageRow {
        panels = List.copyOf(panels);
        if (panels.isEmpty()) {
            throw new IllegalArgumentException("a row has at least one picture");
        }
        roles = Set.copyOf(roles);
    }

    @Override
    public void draw(GraphicsContext g, double width, double height, DrawContext context) {
        double gap = GAP * context.unit();
        double box = (width - (panels.size() - 1) * gap) / panels.size();
        for (int i = 0; i < panels.size(); i++) {
            panels.get(i).draw(g, i * (box + gap), 0, box, height, context);
        }
    }

    /** The captions of the pictures, in order. */
    @Override
    public List<Message> captions() {
        return panels.stream().flatMap(panel -> panel.caption().stream()).toList();
    }
}
