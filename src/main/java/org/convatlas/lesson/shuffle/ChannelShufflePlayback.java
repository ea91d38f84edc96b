package org.convatlas.lesson.shuffle;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.convatlas.compute.ChannelGroups;
import org.convatlas.compute.ChannelShuffle;
import org.convatlas.compute.Counts;
import org.convatlas.compute.Tensor;
import org.convatlas.i18n.Message;
import org.convatlas.lesson.Frame;
import org.convatlas.lesson.Playback;
import org.convatlas.lesson.shuffle.ChannelShuffleLesson.View;
import org.convatlas.lesson.shuffle.TileBoard.Block;
import org.convatlas.lesson.shuffle.TileBoard.Tile;
import org.convatlas.render.GroupBand;
import org.convatlas.render.Hit;
import org.convatlas.render.Role;
import org.convatlas.render.chrome.FormulaStrip;
import org.convatlas.render.chrome.FormulaStrip.Piece;

/**
 * The playback of the channel-shuffle lesson, one step per output channel {@code k}. Shuffle: the channels in order,
 * as the {@code G × C/G} grid, transposed, and read out up to channel {@code k}, which comes from input channel
 * {@link ChannelShuffle#sourceOf}; that channel is marked wherever it stands. Layers: the maps of which input
 * channels each output channel of two grouped layers depends on, without and with the shuffle
 * ({@link ChannelShuffle#twoLayerDependencies}), output channel {@code k}'s row marked.
 */
final class ChannelShufflePlayback implements Playback {

    private static final String KEYS = ChannelShuffleLesson.KEYS;

    private final View view;
    private final int channels;
    private final int groups;
    private final int perGroup;
    private final boolean[][] without;
    private final boolean[][] with;

    ChannelShufflePlayback(View view, int channels, int groups) {
        this.view = view;
        this.channels = channels;
        this.groups = groups;
        this.perGroup = channels / groups;
        this.without = ChannelShuffle.twoLayerDependencies(channels, groups, false);
        this.with = ChannelShuffle.twoLayerDependencies(channels, groups, true);
    }

    @Override
    public long stepCount() {
        return channels;
    }

    @Override
    public Frame frame(long step) {
        int k = (int) step;
        int source = ChannelShuffle.sourceOf(k, channels, groups);
        return view == View.SHUFFLE ? shuffle(k, source) : layers(k, source);
    }

    /**
     * An output channel: its step. An input channel: in the shuffle, the step that reads it out (shuffling with
     * {@code C/G} undoes shuffling with {@code G}); in the layers' maps, the step of the output channel of its number.
     */
    @Override
    public Frame probe(long step, Hit hit) {
        int channel = hit.at().get(0);
        if (hit.role() == Role.INPUT && view == View.SHUFFLE) {
            return frame(ChannelShuffle.sourceOf(channel, channels, perGroup));
        }
        return frame(channel);
    }

    /** The shuffle of the channels' numbers: {@code [C, 1, 1]} holding {@code c} in channel {@code c}, shuffled. */
    @Override
    public Optional<Tensor> output() {
        Tensor labels = Tensor.zeros(channels, 1, 1);
        for (int c = 0; c < channels; c++) {
            labels.set(c, c, 0, 0);
        }
        return Optional.of(ChannelShuffle.apply(labels, groups));
    }

    private int group(int channel) {
        return ChannelGroups.groupOf(channel, channels, groups);
    }

    private Frame shuffle(int k, int source) {
        List<Tile> order = new ArrayList<>();
        List<Tile> grid = new ArrayList<>();
        List<Tile> transposed = new ArrayList<>();
        List<Tile> readOut = new ArrayList<>();
        for (int c = 0; c < channels; c++) {
            order.add(Tile.channel(c, group(c), Role.INPUT, c == source));
            // row c / (C/G), column c mod (C/G) of the G × C/G grid: channel c, row-major
            grid.add(Tile.channel(c, group(c), Role.INPUT, c == source));
        }
        for (int p = 0; p < channels; p++) {
            // place p of the transposed C/G × G grid, read row-major, holds the channel the shuffle puts at p
            int from = ChannelShuffle.sourceOf(p, channels, groups);
            transposed.add(Tile.channel(from, group(from), Role.INPUT, p == k));
            readOut.add(p <= k ? new Tile(p, Integer.toString(from), group(from), Role.OUTPUT, true, p == k)
                    : Tile.blank(Role.OUTPUT));
        }
        List<List<Block>> rows = List.of(
                List.of(new Block(Message.of(KEYS + "figure.order", channels), 1, channels, order)),
                List.of(new Block(Message.of(KEYS + "figure.grid", groups, perGroup), groups, perGroup, grid),
                        new Block(Message.of(KEYS + "figure.transposed", perGroup, groups), perGroup, groups,
                                transposed)),
                List.of(new Block(Message.of(KEYS + "figure.readOut"), 1, channels, readOut)));
        List<Message> counts = List.of(
                Message.of(KEYS + "counts.moved", k, source, GroupBand.label(group(source))),
                Message.of(KEYS + "counts.layout", channels, groups, perGroup),
                Message.of(KEYS + "counts.rearrangement", Counts.rearrangement().multiplies()));
        return new Frame(new TileBoard(rows, strip(k, source)), counts, formula(k, source));
    }

    private Frame layers(int k, int source) {
        List<List<Block>> rows = List.of(List.of(map(Message.of(KEYS + "figure.without"), without, k),
                map(Message.of(KEYS + "figure.with"), with, k)));
        List<Message> counts = List.of(
                Message.of(KEYS + "counts.layers", channels, groups),
                Message.of(KEYS + "counts.without", k, GroupBand.label(group(k)), seen(without[k]),
                        groupsSeen(without[k]), groups),
                Message.of(KEYS + "counts.with", seen(with[k]), groupsSeen(with[k]), groups));
        return new Frame(new TileBoard(rows, strip(k, source)), counts, formula(k, source));
    }

    /**
     * The map of {@code depends[o][i]}: a header row of input channels, a header column of output channels, and a
     * tile in the input's colour where output {@code o} depends on input {@code i}; output {@code k}'s row marked.
     */
    private Block map(Message caption, boolean[][] depends, int k) {
        List<Tile> tiles = new ArrayList<>();
        tiles.add(null);
        for (int i = 0; i < channels; i++) {
            tiles.add(Tile.channel(i, group(i), Role.INPUT, depends[k][i]));
        }
        for (int o = 0; o < channels; o++) {
            tiles.add(Tile.channel(o, group(o), Role.OUTPUT, o == k));
            for (int i = 0; i < channels; i++) {
                tiles.add(Tile.mark(group(i), Role.INPUT, depends[o][i], o == k && depends[o][i]));
            }
        }
        return new Block(caption, channels + 1, channels + 1, tiles);
    }

    private static int seen(boolean[] row) {
        int n = 0;
        for (boolean b : row) {
            n += b ? 1 : 0;
        }
        return n;
    }

    private int groupsSeen(boolean[] row) {
        boolean[] seen = new boolean[groups];
        for (int i = 0; i < channels; i++) {
            seen[group(i)] |= row[i];
        }
        int n = 0;
        for (boolean b : seen) {
            n += b ? 1 : 0;
        }
        return n;
    }

    /** {@code y[5] = x[6]}: the output channel and the input channel it is. */
    private static FormulaStrip strip(int k, int source) {
        return new FormulaStrip(List.of(new Piece("y[" + k + "]", Role.OUTPUT), Piece.plain(" = "),
                new Piece("x[" + source + "]", Role.INPUT)), List.of(), Piece.plain(""), List.of());
    }

    /** The rule, then with the current numbers: {@code y[5] = x[(5 mod 2)·4 + ⌊5/2⌋] = x[6]}. */
    private String formula(int k, int source) {
        return "\\begin{array}{l} y[k] = x\\left[(k \\bmod G)\\cdot \\frac{C}{G} + \\left\\lfloor \\frac{k}{G}"
                + " \\right\\rfloor\\right] \\\\ y[" + k + "] = x\\left[(" + k + " \\bmod " + groups + ")\\cdot "
                + perGroup + " + \\left\\lfloor \\frac{" + k + "}{" + groups + "} \\right\\rfloor\\right] = x["
                + source + "] \\end{array}";
    }
}
