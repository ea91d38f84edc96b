package org.convatlas.lesson.checkerboard;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.convatlas.compute.Tensor;
import org.convatlas.compute.TransposedOverlap;
import org.convatlas.compute.UpsampleMode;
import org.convatlas.i18n.Message;
import org.convatlas.lesson.Frame;
import org.convatlas.lesson.InputImage;
import org.convatlas.lesson.Playback;
import org.convatlas.render.FigureColumn;
import org.convatlas.render.Role;
import org.convatlas.render.chrome.FormulaStrip;
import org.convatlas.render.chrome.FormulaStrip.Piece;
import org.convatlas.render.chrome.NumberText;
import org.convatlas.render.grid.BoardGrid;
import org.convatlas.render.grid.BoardGrid.Mark;
import org.convatlas.render.grid.CellRange;
import org.convatlas.render.grid.GridBoard;
import org.convatlas.render.grid.HeatMap;
import org.convatlas.render.image.ColourBar;
import org.convatlas.render.image.ImagePanel;
import org.convatlas.render.image.ImageRow;
import org.convatlas.render.image.Raster;
import org.convatlas.render.image.ToneMap;

/**
 * The playback of the checkerboard lesson: one step per layer of the stack. Step {@code l} shows the overlap after
 * {@code l + 1} layers ({@link TransposedOverlap#ofStack} over an {@code n × n} input: how many stamps write each
 * output cell, the interior outlined, beside the one-layer map once there are more layers) over the middle of the
 * picture upsampled {@code l + 1} times by each {@link UpsamplingMethod}. Everything is computed when the values
 * change, on the lesson's worker thread; a frame only picks its layer.
 *
 * <p>The crop is as large as keeps the last layer's pictures within {@value #LARGEST_OUTPUT} pixels a side, between
 * {@value #SMALLEST_CROP} and {@value #LARGEST_CROP}, so that single pixels stay visible.
 */
final class CheckerboardPlayback implements Playback {

    static final int LARGEST_OUTPUT = 512;
    static final int SMALLEST_CROP = 8;
    static final int LARGEST_CROP = 96;
    /** The overlap maps' share of the figure's height; the pictures have the rest. */
    private static final double OVERLAP_SHARE = 0.45;
    private static final String KEYS = "lesson." + CheckerboardLesson.ID + ".";

    private final UpsamplingLayer layer;
    private final UpsampleMode resize;
    private final List<TransposedOverlap> overlaps = new ArrayList<>();
    /** The crop, then each method's output after each layer: {@code pictures.get(m).get(l)}. */
    private final Tensor crop;
    private final List<List<Tensor>> pictures = new ArrayList<>();
    private final List<List<ImagePanel>> panels = new ArrayList<>();
    private final ImagePanel cropPanel;
    /** Each method's multiplications up to each layer: {@code multiplies[m][l]}. */
    private final long[][] multiplies;

    CheckerboardPlayback(UpsamplingLayer layer, int layers, int inputSize, InputImage image, UpsampleMode resize) {
        this.layer = layer;
        this.resize = resize;
        for (int l = 1; l <= layers; l++) {
            overlaps.add(TransposedOverlap.ofStack(inputSize, inputSize,
                    Collections.nCopies(l, layer.overlapLayer())));
        }
        int side = (int) Math.max(SMALLEST_CROP, Math.min(LARGEST_CROP,
                LARGEST_OUTPUT / Math.pow(layer.stride(), layers)));
        crop = image.pixels().centreCrop(side, side);
        cropPanel = panel(crop, Message.of(KEYS + "caption.crop", image.name(), crop.dim(2), crop.dim(1)));
        UpsamplingMethod[] methods = UpsamplingMethod.values();
        multiplies = new long[methods.length][layers];
        for (UpsamplingMethod method : methods) {
            List<Tensor> outputs = new ArrayList<>();
            List<ImagePanel> shown = new ArrayList<>();
            Tensor x = crop;
            long sum = 0;
            for (int l = 0; l < layers; l++) {
                sum += method.multiplies(x.shape(), layer, resize);
                multiplies[method.ordinal()][l] = sum;
                x = method.apply(x, layer, resize);
                outputs.add(x);
                shown.add(panel(x, caption(method, x)));
            }
            pictures.add(List.copyOf(outputs));
            panels.add(List.copyOf(shown));
        }
    }

    /** The picture the methods start from: the middle of the sample. */
    Tensor crop() {
        return crop;
    }

    /** {@code method}'s picture after {@code layers} layers, as the engine computed it. */
    Tensor picture(UpsamplingMethod method, int layers) {
        return pictures.get(method.ordinal()).get(layers - 1);
    }

    /** The overlap after {@code layers} layers. */
    TransposedOverlap overlap(int layers) {
        return overlaps.get(layers - 1);
    }

    @Override
    public long stepCount() {
        return overlaps.size();
    }

    @Override
    public Frame frame(long step) {
        int l = (int) step;
        TransposedOverlap overlap = overlaps.get(l);
        List<BoardGrid> maps = new ArrayList<>();
        if (l > 0) {
            maps.add(overlapGrid(overlaps.get(0), 1));
        }
        maps.add(overlapGrid(overlap, l + 1));
        FormulaStrip strip = new FormulaStrip(List.of(Piece.plain("max / min = ")), List.of(),
                Piece.plain(""), List.of(new Piece(NumberText.of(overlap.unevenness()), Role.OUTPUT)));
        GridBoard board = GridBoard.ofRow(maps, strip, EnumSet.of(Role.OUTPUT, Role.HIGHLIGHT));
        List<ImagePanel> row = new ArrayList<>(List.of(cropPanel));
        panels.forEach(method -> row.add(method.get(l)));
        return new Frame(new FigureColumn(board, new ImageRow(row, Set.of()), OVERLAP_SHARE), counts(l, overlap),
                formula());
    }

    /** The overlap counts as a grid (a heat map when large), its interior outlined. */
    private static BoardGrid overlapGrid(TransposedOverlap overlap, int layers) {
        Tensor counts = overlap.counts();
        int rows = overlap.height();
        int columns = overlap.width();
        CellRange interior = CellRange.EMPTY;
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                if (overlap.isInterior(r, c)) {
                    interior = interior.including(r, c);
                }
            }
        }
        List<Mark> marks = interior.isEmpty() ? List.of() : List.of(new Mark(interior, false));
        return BoardGrid.of(Message.of(KEYS + "figure.overlap", layers, rows, columns), Role.OUTPUT, layers - 1,
                counts.data(), rows, columns, Role.OUTPUT).withHeat(new HeatMap(counts.data(), rows, columns),
                counts.size()).marked(marks);
    }

    /** The layers so far and the factor the pictures grew by, the unevenness and why, each method's multiplications. */
    private List<Message> counts(int l, TransposedOverlap overlap) {
        int k = layer.kernel();
        int s = layer.stride();
        double unevenness = overlap.unevenness();
        List<Message> lines = new ArrayList<>();
        int factor = pictures.get(0).get(l).dim(1) / crop.dim(1);
        lines.add(Message.of(KEYS + "counts.layers", l + 1, overlaps.size(), factor));
        if (Double.isNaN(unevenness)) {
            lines.add(Message.of(KEYS + "counts.noInterior"));
        } else {
            lines.add(Message.of(KEYS + "counts.unevenness", NumberText.of(unevenness)));
            lines.add(Message.of(KEYS + (unevenness == 1 ? "counts.even" : "counts.uneven"), k, s));
        }
        for (UpsamplingMethod method : UpsamplingMethod.values()) {
            lines.add(Message.of(KEYS + "counts.multiplies." + key(method), multiplies[method.ordinal()][l]));
        }
        return lines;
    }

    /** The layer's output size with its numbers: {@code H_o = (H − 1)·s − p_b − p_a + k + p_out = s·H}. */
    private String formula() {
        return "H_o = (H - 1)\\cdot " + layer.stride() + " - " + layer.padBefore() + " - " + layer.padAfter() + " + "
                + layer.kernel() + " + " + layer.outputPadding() + " = " + layer.stride() + "H";
    }

    private Message caption(UpsamplingMethod method, Tensor picture) {
        String suffix = method == UpsamplingMethod.RESIZE_CONVOLUTION
                ? (resize == UpsampleMode.NEAREST ? ".nearest" : ".bilinear") : "";
        return Message.of(KEYS + "caption." + key(method) + suffix, picture.dim(2), picture.dim(1));
    }

    private static String key(UpsamplingMethod method) {
        return switch (method) {
            case TRANSPOSED -> "transposed";
            case RESIZE_CONVOLUTION -> "resizeConvolution";
            case PIXEL_SHUFFLE -> "pixelShuffle";
        };
    }

    /** A picture clipped to {@code [0, 1]}, drawn pixel for pixel. */
    private static ImagePanel panel(Tensor picture, Message caption) {
        Raster raster = ToneMap.CLIP.raster(picture, 1, LARGEST_OUTPUT);
        return new ImagePanel(raster, picture.dim(2), picture.dim(1), List.of(caption),
                new ColourBar(ToneMap.CLIP, picture.dim(0), 1), null);
    }
}
