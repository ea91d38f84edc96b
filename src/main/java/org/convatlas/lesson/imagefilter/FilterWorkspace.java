package org.convatlas.lesson.imagefilter;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.Iterator;
import org.convatlas.compute.Tensor;
import org.convatlas.lesson.InputImage;
import org.convatlas.render.image.Raster;
import org.convatlas.render.image.ToneMap;

/**
 * What the image-filter lesson keeps from one preparation to the next, so that dragging a kernel value over a large
 * picture allocates nothing of the picture's size: the map the kernel slides over and its raster, for the last
 * picture and channel choice (a kernel edit changes neither), and the filtered maps with their rasters, lent to one
 * playback each and taken back when that playback is released. A released result is lent again to the next
 * preparation of the same output shape; at most {@value #KEPT} are kept. Preparations call it on the lesson's worker
 * thread, releases come from the JavaFX thread.
 */
public final class FilterWorkspace {

    /** The released results kept for reuse: one on show and one being prepared need no more. */
    static final int KEPT = 2;

    /**
     * The map {@code [C, H, W]} that {@code channels} makes of {@code image}, and its raster (never repainted).
     */
    record Source(InputImage image, ImageChannels channels, Tensor map, Raster raster) {
    }

    /**
     * A filtered map {@code [C, Ho, Wo]}, the values of it last shown and the raster they were painted into (both
     * null before the first use).
     */
    static final class Result {

        private final Tensor map;
        private Tensor shown;
        private Raster raster;

        private Result(Tensor map) {
            this.map = map;
        }

        Tensor map() {
            return map;
        }

        /** The values of the map that {@code toneMap} shows, into this result's memory for them. */
        Tensor shown(ToneMap toneMap) {
            shown = toneMap.shown(map, ImageFilterPlayback.MAX_DISPLAY_SIDE, shown);
            return shown;
        }

        /**
         * Paints the values last {@link #shown} at scale {@code s} into this result's raster (made on the first call)
         * and returns it.
         */
        Raster paint(ToneMap toneMap, float s) {
            raster = toneMap.paint(shown, s, raster);
            return raster;
        }
    }

    private Source source;
    private final Deque<Result> free = new ArrayDeque<>();

    /** The map and raster of {@code image} under {@code channels}: made for a new picture or choice, else the last. */
    synchronized Source source(InputImage image, ImageChannels channels) {
        if (source == null || source.image() != image || source.channels() != channels) {
            Tensor map = channels.input(image.pixels());
            source = new Source(image, channels, map, ToneMap.CLIP.raster(map, 1, ImageFilterPlayback.MAX_DISPLAY_SIDE));
        }
        return source;
    }

    /** A result of {@code shape} to compute into: a released one of that shape, else a new one. */
    synchronized Result lend(int[] shape) {
        for (Iterator<Result> kept = free.iterator(); kept.hasNext(); ) {
            Result result = kept.next();
            if (Arrays.equals(result.map.shape(), shape)) {
                kept.remove();
                return result;
            }
        }
        return new Result(Tensor.zeros(shape));
    }

    /** Takes back a result that nothing shows any more; taking one back twice changes nothing. */
    synchronized void takeBack(Result result) {
        if (!free.contains(result)) {
            free.addFirst(result);
            if (free.size() > KEPT) {
                free.removeLast();
            }
        }
    }
}
