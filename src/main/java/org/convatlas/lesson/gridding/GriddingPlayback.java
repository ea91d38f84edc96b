package org.convatlas.lesson.gridding;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.convatlas.compute.GriddingCoverage;
import org.convatlas.compute.Tensor;
import org.convatlas.i18n.Message;
import org.convatlas.lesson.DilationRates;
import org.convatlas.lesson.Frame;
import org.convatlas.lesson.InputImage;
import org.convatlas.lesson.Playback;
import org.convatlas.render.Hit;
import org.convatlas.render.Role;
import org.convatlas.render.image.ColourBar;
import org.convatlas.render.image.ImagePanel;
import org.convatlas.render.image.PixelRegion;
import org.convatlas.render.image.ToneMap;

/**
 * What the gridding lesson plays for one stack of rates: step {@code l} (from 0) shows a unit of layer {@code l + 1}
 * reading through layers {@code 1 .. l + 1}, so the last step is the whole stack. The engine's coverage of every
 * layer's unit, the rules' verdicts and the picture's raster are made once, on the worker thread; a frame cuts the
 * unit's field from the picture. The unit sits at the middle of the picture until the pointer moves it.
 */
final class GriddingPlayback implements Playback {

    /** The longest side of the picture's raster, in pixels; a larger picture is shrunk for display only. */
    static final int MAX_DISPLAY_SIDE = 1024;

    private static final String KEYS = "lesson." + GriddingLesson.ID + ".";

    private final DilationRates rates;
    /** Element {@code l}: the coverage of a unit of layer {@code l + 1}. */
    private final List<GriddingCoverage> coverages = new ArrayList<>();
    private final List<CoverageMap> maps = new ArrayList<>();
    private final List<Message> ruleLines;
    private final InputImage image;
    private final Tensor pixels;
    private final ImagePanel picture;

    GriddingPlayback(DilationRates rates, InputImage image) {
        this.rates = rates;
        for (int layers = 1; layers <= rates.count(); layers++) {
            GriddingCoverage coverage = GriddingCoverage.of(layersOf(rates.first(layers)));
            coverages.add(coverage);
            maps.add(new CoverageMap(coverage.coverage().data(), coverage.size()));
        }
        ruleLines = RuleLines.of(rates, GriddingLesson.KERNEL);
        this.image = image;
        pixels = image.pixels();
        picture = new ImagePanel(ToneMap.CLIP.raster(pixels, 1, MAX_DISPLAY_SIDE), image.width(), image.height(),
                List.of(Message.of(KEYS + "caption.picture", image.name(), image.width(), image.height())),
                new ColourBar(ToneMap.CLIP, 3, 1), null);
    }

    /** The engine's layers: {@code K × K} kernels at the given rates. */
    private static List<GriddingCoverage.Layer> layersOf(DilationRates rates) {
        return rates.values().stream().map(rate -> new GriddingCoverage.Layer(GriddingLesson.KERNEL, rate)).toList();
    }

    @Override
    public long stepCount() {
        return rates.count();
    }

    /** The step with the unit at the middle of the picture. */
    @Override
    public Frame frame(long step) {
        return frame((int) step, image.height() / 2, image.width() / 2);
    }

    /** The step with the unit over the pointed pixel of the picture (moved in so that its field fits, if it can). */
    @Override
    public Frame probe(long step, Hit hit) {
        return hit.role() == Role.INPUT ? frame((int) step, hit.at().get(1), hit.at().get(2)) : frame(step);
    }

    private Frame frame(int step, int row, int column) {
        GriddingCoverage coverage = coverages.get(step);
        int size = coverage.size();
        int top = fieldStart(row, size, image.height());
        int left = fieldStart(column, size, image.width());
        int layers = step + 1;
        double share = coverage.touchedFraction();
        GriddingFigure figure = new GriddingFigure(maps.get(step),
                List.of(Message.of(KEYS + "caption.coverage", layers, size),
                        Message.of(KEYS + "caption.share", share)),
                ToneMap.CLIP.raster(field(top, left, size), 1, size),
                List.of(Message.of(KEYS + "caption.pixels", image.name()),
                        Message.of(KEYS + "caption.centre", top + size / 2, left + size / 2)),
                picture.withMark(new PixelRegion(top, left, size, size)));
        List<Message> counts = new ArrayList<>();
        counts.add(Message.of(KEYS + "counts.field", layers, rates.count(), size));
        counts.add(Message.of(KEYS + "counts.share", share));
        counts.addAll(ruleLines);
        return new Frame(figure, counts, formula(rates.first(layers), size));
    }

    /**
     * The first row (or column) of a field of {@code size} centred on {@code centre}, moved so that it lies within a
     * picture of {@code extent} when it fits; a field larger than the picture starts at 0.
     */
    private static int fieldStart(int centre, int size, int extent) {
        return Math.max(0, Math.min(centre - size / 2, extent - size));
    }

    /** The picture's pixels {@code [3, size, size]} from {@code (top, left)}; 0 beyond the picture. */
    private Tensor field(int top, int left, int size) {
        int h = pixels.dim(1);
        int w = pixels.dim(2);
        Tensor field = Tensor.zeros(3, size, size);
        int columns = Math.min(size, w - left);
        for (int c = 0; c < 3; c++) {
            for (int y = 0; y < size && top + y < h; y++) {
                System.arraycopy(pixels.data(), (c * h + top + y) * w + left, field.data(), (c * size + y) * size,
                        columns);
            }
        }
        return field;
    }

    /** {@code R = 1 + (K - 1)(r_1 + ... + r_l) = R}, with the rates of the layers shown. */
    static String formula(DilationRates rates, int size) {
        String sum = rates.values().stream().map(String::valueOf).collect(Collectors.joining(" + "));
        return "R = 1 + (K - 1) \\sum_l r_l = 1 + (" + GriddingLesson.KERNEL + " - 1)(" + sum + ") = " + size;
    }
}
