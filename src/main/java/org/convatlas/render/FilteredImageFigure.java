package org.convatlas.render;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import javafx.scene.canvas.GraphicsContext;

/**
 * A filter applied to a whole picture, at one step: the input picture and the filtered one side by side, each with
 * the current window or pixel marked, and under them the step magnified, with the height the pictures leave.
 *
 * @param input     the picture the kernel slides over
 * @param output    the result
 * @param magnifier the current step's numbers
 */
public record FilteredImageFigure(ImagePanel input, ImagePanel output, Magnifier magnifier) implements Figure {

    /** The largest share of the height the pictures take; the magnifier has the rest. */
    public static final double PICTURES_SHARE = 0.62;

    public FilteredImageFigure {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(output, "output");
        Objects.requireNonNull(magnifier, "magnifier");
    }

    @Override
    public void draw(GraphicsContext g, double width, double height, DrawContext context) {
        double gap = 2 * context.unit();
        double panelW = (width - gap) / 2;
        double maxH = PICTURES_SHARE * height;
        double picturesH = Math.max(input.height(panelW, maxH, context), output.height(panelW, maxH, context));
        input.draw(g, 0, 0, panelW, picturesH, context);
        output.draw(g, panelW + gap, 0, panelW, picturesH, context);
        magnifier.draw(g, 0, picturesH + context.unit(), width, height - picturesH - context.unit(), context);
    }

    @Override
    public Set<Role> roles() {
        Set<Role> roles = EnumSet.of(Role.INPUT, Role.KERNEL, Role.OUTPUT, Role.HIGHLIGHT);
        if (magnifier.reachesPadding()) {
            roles.add(Role.PADDING);
        }
        return roles;
    }
}
