package org.convatlas.lesson.aspp;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.convatlas.compute.ConcatenatedCount;
import org.convatlas.compute.ConvArithmetic;
import org.convatlas.compute.Counts;
import org.convatlas.compute.OpCount;
import org.convatlas.i18n.Message;
import org.convatlas.lesson.DilationRates;
import org.convatlas.lesson.Frame;
import org.convatlas.lesson.InputImage;
import org.convatlas.lesson.Playback;
import org.convatlas.render.Hit;
import org.convatlas.render.Role;
import org.convatlas.render.image.Raster;
import org.convatlas.render.image.ToneMap;

/**
 * What the ASPP lesson plays: one step per branch (the 1 × 1 branch first, then the 3 × 3 branches in the order of
 * their rates), then one step for the concatenation. Every count is the engine's ({@link Counts#concatenatedConv2d}),
 * made once when the values change. The feature map has {@code size} rows and as many columns as keep the picture's
 * shape; the unit shown is the one at its centre. Pointing at a cell of the map shows the taps of the unit there;
 * pointing at a branch's output block shows that branch's step.
 */
final class AsppPlayback implements Playback {

    /** The longest side of the picture's raster, in pixels. */
    static final int MAX_DISPLAY_SIDE = 1024;

    private static final String KEYS = "lesson." + AsppLesson.ID + ".";

    private final List<AsppBranch> branches = new ArrayList<>();
    private final int[] map;
    private final int branchChannels;
    private final ConcatenatedCount counts;
    private final Raster picture;
    private final InputImage image;

    AsppPlayback(DilationRates rates, int size, int inputChannels, int branchChannels, InputImage image) {
        this.image = image;
        this.branchChannels = branchChannels;
        int columns = Math.max(1, (int) Math.round((double) size * image.width() / image.height()));
        map = new int[] {inputChannels, size, columns};
        branches.add(AsppBranch.POINTWISE);
        rates.values().forEach(rate -> branches.add(AsppBranch.dilated(rate)));
        counts = Counts.concatenatedConv2d(map,
                branches.stream().map(branch -> branch.weightShape(map[0], branchChannels)).toList(), false,
                branches.stream().map(AsppBranch::params).toList());
        picture = ToneMap.CLIP.raster(image.pixels(), 1, MAX_DISPLAY_SIDE);
    }

    /** Every branch as drawn for the unit at {@code (row, column)} of the map: its taps, field and output block. */
    private List<PyramidFigure.Branch> drawn(int row, int column) {
        return branches.stream().map(branch -> new PyramidFigure.Branch(taps(branch, row), taps(branch, column),
                fieldLabel(branch), blockLabel(branch, branch.outputShape(map, branchChannels)[0]))).toList();
    }

    /** The map positions the branch's taps read for the output at {@code position}, by the engine's formula. */
    private static List<Integer> taps(AsppBranch branch, int position) {
        int pad = branch.params().window().pads().top();
        return IntStream.range(0, branch.kernel())
                .mapToObj(tap -> ConvArithmetic.tapPosition(position, 1, pad, tap, branch.rate())).toList();
    }

    private static Message fieldLabel(AsppBranch branch) {
        return branch.kernel() == 1 ? Message.of(KEYS + "field.pointwise")
                : Message.of(KEYS + "field.rate", branch.rate());
    }

    private static Message blockLabel(AsppBranch branch, int channels) {
        return branch.kernel() == 1 ? Message.of(KEYS + "block.pointwise", channels)
                : Message.of(KEYS + "block.rate", branch.rate(), channels);
    }

    @Override
    public long stepCount() {
        return branches.size() + 1L;
    }

    @Override
    public Frame frame(long step) {
        return frame(step, map[1] / 2, map[2] / 2);
    }

    /** A cell of the map: the step with the taps of the unit there. A branch's block: that branch's step. */
    @Override
    public Frame probe(long step, Hit hit) {
        if (hit.role() == Role.INPUT) {
            return frame(step, hit.at().get(1), hit.at().get(2));
        }
        if (hit.role() == Role.OUTPUT) {
            return frame(hit.at().get(0));
        }
        return frame(step);
    }

    private Frame frame(long step, int row, int column) {
        boolean concatenation = step == branches.size();
        int current = concatenation ? -1 : (int) step;
        PyramidFigure figure = new PyramidFigure(picture, map[1], map[2], drawn(row, column), current,
                List.of(Message.of(KEYS + "caption.map", image.name(), map[1], map[2], map[0]),
                        Message.of(KEYS + "caption.unit", row, column)),
                List.of(Message.of(KEYS + "caption.stack", counts.channels(), counts.height(), counts.width())));
        List<Message> lines = new ArrayList<>();
        if (!concatenation) {
            AsppBranch branch = branches.get(current);
            lines.add(branch.kernel() == 1 ? Message.of(KEYS + "counts.pointwise", branch.reach())
                    : Message.of(KEYS + "counts.rate", branch.rate(), branch.reach()));
            OpCount count = counts.branches().get(current);
            lines.add(Message.of(KEYS + "counts.branch", count.multiplies(), count.parameters()));
        }
        OpCount total = counts.total();
        lines.add(Message.of(KEYS + "counts.total", branches.size(), total.multiplies(), total.parameters()));
        lines.add(Message.of(KEYS + "counts.concatenated", branches.size(), branchChannels, counts.channels(),
                counts.height(), counts.width()));
        return new Frame(figure, lines, concatenation ? concatenationFormula() : reachFormula(branches.get(current)));
    }

    /** {@code R = k + (k - 1)(r - 1)} with the branch's numbers. */
    private static String reachFormula(AsppBranch branch) {
        return "R = k + (k - 1)(r - 1) = " + branch.kernel() + " + " + (branch.kernel() - 1) + " \\cdot ("
                + branch.rate() + " - 1) = " + branch.reach();
    }

    /** {@code C = n \cdot c = C} with the numbers of branches and channels. */
    private String concatenationFormula() {
        return "C_{out} = " + branches.size() + " \\cdot " + branchChannels + " = " + counts.channels();
    }
}
