package org.convatlas.render.grid;

import org.convatlas.compute.trace.Coordinates;
import org.convatlas.compute.trace.TapSource;

/** Where a tap is drawn: the cell of the grid the window slides over that the tap reads, or skips for a hole. */
public final class TapCell {

    private TapCell() {
    }

    /**
     * The coordinates of {@code source} in the grid the window slides over: the cell itself for an input element,
     * padding, an inserted zero or a dilation hole; the regular cell a bilinear sample replaces.
     */
    public static Coordinates of(TapSource source) {
        if (source instanceof TapSource.Input s) {
            return s.at();
        } else if (source instanceof TapSource.Padding s) {
            return s.at();
        } else if (source instanceof TapSource.DilationHole s) {
            return s.at();
        } else if (source instanceof TapSource.InsertedZero s) {
            return s.at();
        }
        return ((TapSource.Bilinear) source).regular();
    }
}
