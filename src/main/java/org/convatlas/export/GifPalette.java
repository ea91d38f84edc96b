package org.convatlas.export;

import java.awt.image.BufferedImage;
import java.awt.image.DataBuffer;
import java.awt.image.DataBufferByte;
import java.awt.image.IndexColorModel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.convatlas.render.Role;

/**
 * Turns an RGB frame into a picture of at most 256 colours for a GIF, keeping the colours that carry meaning exact.
 * A frame of at most 256 colours keeps all of them. Otherwise the palette is, in this order: every role colour the
 * frame holds (input blue, kernel orange, ... exactly as {@link Role#rgb()}); then the frame's most frequent exact
 * colours (backgrounds, cell tints, ink) up to {@link #EXACT_SLOTS} entries; then, for what is left (the shades of
 * anti-aliased edges, the tones of a photograph), the mean colours of the most populous cells of a 16×16×16 grid over
 * RGB. Each pixel takes its exact colour if the palette has it, else the nearest entry in squared RGB distance. No
 * dithering, so the result depends on the frame alone.
 */
final class GifPalette {

    /** The largest palette a GIF holds. */
    static final int SIZE = 256;
    /** How many entries go to exact colours (role colours first), the rest to means over the RGB grid. */
    static final int EXACT_SLOTS = 160;

    private GifPalette() {
    }

    /** {@code frame} (opaque RGB) as an indexed picture over its own palette. */
    static BufferedImage indexed(BufferedImage frame) {
        int width = frame.getWidth();
        int height = frame.getHeight();
        int[] rgb = frame.getRGB(0, 0, width, height, null, 0, width);
        Map<Integer, Integer> counts = new HashMap<>();
        for (int pixel : rgb) {
            counts.merge(pixel & 0xFFFFFF, 1, Integer::sum);
        }
        int[] palette = counts.size() <= SIZE ? sortedKeys(counts) : reduced(rgb, counts);
        IndexColorModel model = new IndexColorModel(8, SIZE, paddedPalette(palette), 0, false, -1,
                DataBuffer.TYPE_BYTE);
        BufferedImage indexed = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_INDEXED, model);
        byte[] indices = ((DataBufferByte) indexed.getRaster().getDataBuffer()).getData();
        Map<Integer, Byte> nearest = new HashMap<>();
        for (int i = 0; i < rgb.length; i++) {
            indices[i] = nearest.computeIfAbsent(rgb[i] & 0xFFFFFF, colour -> (byte) nearestIndex(palette, colour));
        }
        return indexed;
    }

    private static int[] sortedKeys(Map<Integer, Integer> counts) {
        return counts.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
    }

    /** Role colours present, frequent exact colours, then grid-cell means, {@link #SIZE} at most. */
    private static int[] reduced(int[] rgb, Map<Integer, Integer> counts) {
        Set<Integer> chosen = new LinkedHashSet<>();
        for (Role role : Role.values()) {
            if (counts.containsKey(role.rgb())) {
                chosen.add(role.rgb());
            }
        }
        List<Map.Entry<Integer, Integer>> byCount = new ArrayList<>(counts.entrySet());
        byCount.sort(Map.Entry.<Integer, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        for (Map.Entry<Integer, Integer> e : byCount) {
            if (chosen.size() >= EXACT_SLOTS) {
                break;
            }
            chosen.add(e.getKey());
        }
        for (int mean : cellMeans(rgb, chosen)) {
            if (chosen.size() >= SIZE) {
                break;
            }
            chosen.add(mean);
        }
        return chosen.stream().mapToInt(Integer::intValue).toArray();
    }

    /**
     * The mean colour of each cell of a 16×16×16 grid over RGB (the top four bits of each channel), over the pixels
     * whose colour is not already {@code chosen}, most populous cells first.
     */
    private static List<Integer> cellMeans(int[] rgb, Set<Integer> chosen) {
        long[][] sums = new long[4096][4];
        for (int pixel : rgb) {
            int colour = pixel & 0xFFFFFF;
            if (chosen.contains(colour)) {
                continue;
            }
            int r = colour >> 16 & 0xFF;
            int g = colour >> 8 & 0xFF;
            int b = colour & 0xFF;
            long[] cell = sums[(r >> 4) << 8 | (g >> 4) << 4 | b >> 4];
            cell[0] += r;
            cell[1] += g;
            cell[2] += b;
            cell[3]++;
        }
        List<long[]> cells = new ArrayList<>();
        for (long[] cell : sums) {
            if (cell[3] > 0) {
                cells.add(cell);
            }
        }
        cells.sort(Comparator.comparingLong((long[] cell) -> cell[3]).reversed());
        return cells.stream().map(c -> (int) (c[0] / c[3]) << 16 | (int) (c[1] / c[3]) << 8 | (int) (c[2] / c[3]))
                .toList();
    }

    private static int nearestIndex(int[] palette, int colour) {
        int best = 0;
        long bestDistance = Long.MAX_VALUE;
        for (int i = 0; i < palette.length; i++) {
            long distance = squaredDistance(palette[i], colour);
            if (distance < bestDistance) {
                best = i;
                bestDistance = distance;
            }
        }
        return best;
    }

    private static long squaredDistance(int a, int b) {
        long dr = (a >> 16 & 0xFF) - (b >> 16 & 0xFF);
        long dg = (a >> 8 & 0xFF) - (b >> 8 & 0xFF);
        long db = (a & 0xFF) - (b & 0xFF);
        return dr * dr + dg * dg + db * db;
    }

    /** The palette as {@link #SIZE} packed RGB entries, unused ones black. */
    private static int[] paddedPalette(int[] palette) {
        int[] padded = new int[SIZE];
        System.arraycopy(palette, 0, padded, 0, palette.length);
        return padded;
    }
}
