package org.convatlas.render;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import javafx.geometry.Rectangle2D;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import org.convatlas.i18n.Message;

/**
 * The figure of one stage of an operation made of stages, under a band that names every stage in order and marks the
 * one on show, so that the boundary between stages is seen as the steps cross it: {@code 1 depthwise → 2 pointwise},
 * the current stage in bold in the highlight colour and underlined, the others muted. The band is {@link #BAND} font
 * sizes high, its names squeezed to the width when they are long; the stage's figure has the rest of the height and
 * answers the pointer there.
 *
 * @param stages  the stages' names, in the order they play
 * @param current the stage on show, from 0
 * @param stage   the stage's own figure
 */
public record StagedFigure(List<Message> stages, int current, Figure stage) implements Figure {

    /** The band's height, in font sizes. */
    public static final double BAND = 2;
    private static final String ARROW = "  \u2192  ";

    public StagedFigure {
        stages = List.copyOf(stages);
        Objects.requireNonNull(stage, "stage");
        if (current < 0 || current >= stages.size()) {
            throw new IllegalArgumentException("the stage on show must be one of the " + stages.size() + " (got "
                    + current + ")");
        }
    }

    @Override
    public void draw(GraphicsContext g, double width, double height, DrawContext context) {
        double band = BAND * context.unit();
        drawBand(g, width, band, context);
        g.save();
        g.translate(0, band);
        stage.draw(g, width, Math.max(0, height - band), context);
        g.restore();
    }

    /** The names left to right, centred on the band's middle line, scaled down together if they are too wide. */
    private void drawBand(GraphicsContext g, double width, double band, DrawContext context) {
        Font plain = context.font();
        Font bold = Font.font(plain.getFamily(), FontWeight.BOLD, plain.getSize());
        List<String> pieces = new ArrayList<>();
        for (int s = 0; s < stages.size(); s++) {
            pieces.add((s + 1) + " " + context.text(stages.get(s)));
        }
        double[] widths = new double[pieces.size()];
        double arrow = measure(ARROW, plain);
        double total = arrow * (pieces.size() - 1);
        for (int s = 0; s < pieces.size(); s++) {
            widths[s] = measure(pieces.get(s), s == current ? bold : plain);
            total += widths[s];
        }
        double scale = Math.min(1, width / Math.max(1, total));
        double x = (width - total * scale) / 2;
        double y = band / 2;
        g.save();
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        Palette palette = context.palette();
        for (int s = 0; s < pieces.size(); s++) {
            boolean shown = s == current;
            g.setFont(Font.font(plain.getFamily(), shown ? FontWeight.BOLD : FontWeight.NORMAL,
                    plain.getSize() * scale));
            g.setFill(shown ? palette.text(Role.HIGHLIGHT) : palette.mutedInk());
            g.fillText(pieces.get(s), x, y);
            if (shown) {
                g.setStroke(palette.color(Role.HIGHLIGHT));
                g.setLineWidth(Math.max(1.5, context.unit() / 8));
                double underline = y + 0.6 * context.unit() * scale;
                g.strokeLine(x, underline, x + widths[s] * scale, underline);
            }
            x += widths[s] * scale;
            if (s + 1 < pieces.size()) {
                g.setFont(Font.font(plain.getFamily(), plain.getSize() * scale));
                g.setFill(palette.mutedInk());
                g.fillText(ARROW, x, y);
                x += arrow * scale;
            }
        }
        g.restore();
    }

    private static double measure(String text, Font font) {
        Text measured = new Text(text);
        measured.setFont(font);
        return measured.getLayoutBounds().getWidth();
    }

    @Override
    public Set<Role> roles() {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        roles.addAll(stage.roles());
        roles.add(Role.HIGHLIGHT);
        return roles;
    }

    /** How large the stage's figure is drawn below the band. */
    @Override
    public double scale(double width, double height, DrawContext context) {
        return stage.scale(width, Math.max(0, height - BAND * context.unit()), context);
    }

    /** The stage's captions, below the band. */
    @Override
    public List<Rectangle2D> captionBoxes(double width, double height, DrawContext context) {
        double band = BAND * context.unit();
        return stage.captionBoxes(width, Math.max(0, height - band), context).stream()
                .map(box -> StagePainter.moved(box, 0, band)).toList();
    }

    /** The stage's own cells, below the band. */
    @Override
    public Optional<Hit> hitTest(double x, double y, double width, double height, DrawContext context) {
        double band = BAND * context.unit();
        return y < band ? Optional.empty() : stage.hitTest(x, y - band, width, Math.max(0, height - band), context);
    }

    /** Which stage this is ("Stage 2 of 2: pointwise"), then the stage's own captions. */
    @Override
    public List<Message> captions() {
        List<Message> captions = new ArrayList<>();
        captions.add(Message.of("figure.stage", current + 1, stages.size(), stages.get(current)));
        captions.addAll(stage.captions());
        return captions;
    }

    @Override
    public String stripText() {
        return stage.stripText();
    }
}
