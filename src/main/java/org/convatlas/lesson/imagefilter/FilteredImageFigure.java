package org.convatlas.lesson.imagefilter;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import javafx.scene.canvas.GraphicsContext;
import org.convatlas.compute.trace.Coordinates;
import org.convatlas.i18n.Message;
import org.convatlas.render.DrawContext;
import org.convatlas.render.Figure;
import org.convatlas.render.Hit;
import org.convatlas.render.Role;
import org.convatlas.render.chrome.NumberText;
import org.convatlas.render.image.ImagePanel;

/**
 * A filter applied to a whole picture, at one step: the input picture and the filtered one side by side, each with
 * the current window or pixel marked, and under them the step magnified, with the height the pictures leave. The
 * pointer on either picture names the pixel under it, so that the lesson can magnify the step there.
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
        Layout at = Layout.of(this, width, height, context);
        input.draw(g, 0, 0, at.panelW(), at.picturesH(), context);
        output.draw(g, at.outputLeft(), 0, at.panelW(), at.picturesH(), context);
        magnifier.draw(g, 0, at.magnifierTop(), width, height - at.magnifierTop(), context);
    }

    /**
     * The pixel under the point, in the picture it is on: {@code (c, row, column)} of the input or the output, with
     * {@code c} the channel of the current step.
     */
    @Override
    public Optional<Hit> hitTest(double x, double y, double width, double height, DrawContext context) {
        Layout at = Layout.of(this, width, height, context);
        int channel = magnifier.step().output().get(0);
        Optional<Hit> onInput = input.pixelAt(x, y, 0, 0, at.panelW(), at.picturesH(), context)
                .map(pixel -> new Hit(Role.INPUT, Coordinates.of(channel, pixel[0], pixel[1])));
        return onInput.or(() -> output.pixelAt(x, y, at.outputLeft(), 0, at.panelW(), at.picturesH(), context)
                .map(pixel -> new Hit(Role.OUTPUT, Coordinates.of(channel, pixel[0], pixel[1]))));
    }

    /** The captions of both pictures, then where the window is. */
    @Override
    public List<Message> captions() {
        return Stream.of(input.caption(), output.caption(), List.of(magnifier.title())).flatMap(List::stream).toList();
    }

    /** The value the window gives: {@code y = 0.25}. */
    @Override
    public String stripText() {
        return "y = " + NumberText.of(magnifier.step().result());
    }

    /**
     * Where the parts go in a figure {@code width × height}: two panels {@code panelW} wide, a gap of two font sizes
     * between them, as high as the taller picture needs up to {@link #PICTURES_SHARE} of the height; the magnifier
     * one font size below.
     */
    private record Layout(double panelW, double outputLeft, double picturesH, double magnifierTop) {

        static Layout of(FilteredImageFigure figure, double width, double height, DrawContext context) {
            double gap = 2 * context.unit();
            double panelW = (width - gap) / 2;
            double maxH = PICTURES_SHARE * height;
            double picturesH = Math.max(figure.input.height(panelW, maxH, context),
                    figure.output.height(panelW, maxH, context));
            return new Layout(panelW, panelW + gap, picturesH, picturesH + context.unit());
        }
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
