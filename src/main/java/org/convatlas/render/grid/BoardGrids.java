package org.convatlas.render.grid;

import java.util.List;
import org.convatlas.compute.Tensor;
import org.convatlas.compute.trace.Coordinates;
import org.convatlas.i18n.Message;
import org.convatlas.render.Hit;
import org.convatlas.render.Role;
import org.convatlas.render.chrome.NumberText;

/** What the board lessons (pooling, unpooling, pixel shuffle) share: output grids that fill in step by step, and cell names. */
public final class BoardGrids {

    private BoardGrids() {
    }

    /**
     * The one-channel map {@code map [1, H, W]} written up to cell {@code step} (row-major): earlier cells in the look
     * of an output, the cell {@code step} highlighted, later ones blank.
     */
    public static BoardGrid written(Message caption, Role role, int channel, Tensor map, long step) {
        int rows = map.dim(1);
        int columns = map.dim(2);
        float[] values = map.data();
        return new BoardGrid(caption, role, channel, new CellRange(0, 0, rows, columns), (r, c) -> {
            long i = (long) r * columns + c;
            return i < step ? Role.OUTPUT : i == step ? Role.HIGHLIGHT : null;
        }, (r, c) -> values[r * columns + c], null, 0, List.of());
    }

    /** The row-major index, in {@code map [1, H, W]}, of the cell a hit names as {@code (channel, row, column)}. */
    public static long cellIndex(Hit hit, Tensor map) {
        return Coordinates.of(0, hit.at().get(1), hit.at().get(2)).flatIndexIn(map.shape());
    }

    /** {@code y[1,2]} for the element {@code (c, 1, 2)} of a one-channel map: row and column. */
    public static String name(String tensor, Coordinates at) {
        return tensor + "[" + NumberText.of(at.get(1)) + "," + NumberText.of(at.get(2)) + "]";
    }
}
