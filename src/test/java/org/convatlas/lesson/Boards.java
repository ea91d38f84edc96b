package org.convatlas.lesson;

import org.convatlas.render.FigureColumn;
import org.convatlas.render.grid.BoardGrid;
import org.convatlas.render.grid.GridBoard;

/** What the tests of the upsampling lessons read from their frames. */
public final class Boards {

    private Boards() {
    }

    /** The board of {@code frame}: the figure itself, or the upper figure of a column. */
    public static GridBoard board(Frame frame) {
        return frame.figure() instanceof FigureColumn column ? (GridBoard) column.top() : (GridBoard) frame.figure();
    }

    /** The grid captioned by the bundle key {@code captionKey}, the first of them. */
    public static BoardGrid grid(Frame frame, String captionKey) {
        return board(frame).grids().stream().filter(g -> g.caption().key().equals(captionKey)).findFirst()
                .orElseThrow(() -> new AssertionError("no grid " + captionKey));
    }
}
