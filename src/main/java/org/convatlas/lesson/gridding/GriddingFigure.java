package org.convatlas.lesson.gridding;

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
import org.convatlas.render.chrome.Captions;
import org.convatlas.render.grid.GridGeometry;
import org.convatlas.render.image.ImagePanel;
import org.convatlas.render.image.Raster;

/**
 * One unit of a stack of dilated layers and what it reads: at the top, its coverage map (paths per input cell, the
 * cells never read hatched) beside the same field cut from a picture with those cells hatched over it, each with its
 * caption; below, the whole picture with the field marked. Pointing at the picture names the pixel, so that the lesson
 * can move the unit there.
 *
 * @param coverage        the paths per cell of the unit's field
 * @param coverageCaption the lines under the coverage map
 * @param readPixels      the picture's pixels under the field, {@code size × size}
 * @param pixelsCaption   the lines under them
 * @param picture         the whole picture, with the field marked
 */
public record GriddingFigure(CoverageMap coverage, List<Message> coverageCaption, Raster readPixels,
                             List<Message> pixelsCaption, ImagePanel picture) implements Figure {

    /** The share of the height the two fields take; the picture has the rest. */
    public static final double FIELDS_SHARE = 0.56;

    public GriddingFigure {
        Objects.requireNonNull(coverage, "coverage");
        coverageCaption = List.copyOf(coverageCaption);
        Objects.requireNonNull(readPixels, "readPixels");
        pixelsCaption = List.copyOf(pixelsCaption);
        Objects.requireNonNull(picture, "picture");
        if (readPixels.width() != coverage.size() || readPixels.height() != coverage.size()) {
            throw new IllegalArgumentException("the pixels read must cover the field of " + coverage.size()
                    + " cells per side (got " + readPixels.width() + "x" + readPixels.height() + ")");
        }
    }

    @Override
    public void draw(GraphicsContext g, double width, double height, DrawContext context) {
        Layout at = Layout.of(this, width, height, context);
        coverage.draw(g, at.coverage(), context);
        g.save();
        g.setImageSmoothing(false);
        GridGeometry pixels = at.pixels();
        g.drawImage(readPixels.image(), pixels.left(), pixels.top(), pixels.width(), pixels.height());
        g.restore();
        coverage.paintUnread(g, pixels, context.palette());
        coverage.outlineCentre(g, pixels, context);
        double captionTop = pixels.bottom() + 0.3 * context.unit();
        GridGeometry field = at.coverage();
        Captions.draw(g, coverageCaption, field.left() + field.width() / 2, captionTop, at.columnW(), context);
        Captions.draw(g, pixelsCaption, pixels.left() + pixels.width() / 2, captionTop, at.columnW(), context);
        picture.draw(g, 0, at.pictureTop(), width, height - at.pictureTop(), context);
    }

    /** The picture's pixel {@code (0, row, column)} under the point, as an input hit. */
    @Override
    public Optional<Hit> hitTest(double x, double y, double width, double height, DrawContext context) {
        Layout at = Layout.of(this, width, height, context);
        return picture.pixelAt(x, y, 0, at.pictureTop(), width, height - at.pictureTop(), context)
                .map(pixel -> new Hit(Role.INPUT, Coordinates.of(0, pixel[0], pixel[1])));
    }

    @Override
    public Set<Role> roles() {
        Set<Role> roles = EnumSet.of(Role.INPUT, Role.HIGHLIGHT);
        if (coverage.hasUnread()) {
            roles.add(Role.UNREAD);
        }
        return roles;
    }

    /** The captions of the coverage map, the pixels read and the picture. */
    @Override
    public List<Message> captions() {
        return Stream.of(coverageCaption, pixelsCaption, picture.caption()).flatMap(List::stream).toList();
    }

    /**
     * Where the parts go in a figure {@code width × height}: two columns {@code columnW} wide, two font sizes apart,
     * each with a square field as large as {@link #FIELDS_SHARE} of the height leaves above its caption; the picture
     * one font size below.
     */
    private record Layout(GridGeometry coverage, GridGeometry pixels, double columnW, double pictureTop) {

        static Layout of(GriddingFigure figure, double width, double height, DrawContext context) {
            double unit = context.unit();
            double gap = 2 * unit;
            double columnW = (width - gap) / 2;
            double captions = Math.max(Captions.height(figure.coverageCaption, columnW, context),
                    Captions.height(figure.pixelsCaption, columnW, context));
            double fieldsH = FIELDS_SHARE * height;
            double side = Math.max(1, Math.min(columnW, fieldsH - captions - 0.3 * unit));
            int size = figure.coverage.size();
            double cell = side / size;
            double inset = (columnW - side) / 2;
            return new Layout(GridGeometry.at(inset, 0, cell, size, size),
                    GridGeometry.at(columnW + gap + inset, 0, cell, size, size), columnW, fieldsH + unit);
        }
    }
}
