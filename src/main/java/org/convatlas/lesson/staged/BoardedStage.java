package org.convatlas.lesson.staged;

import org.convatlas.lesson.Frame;
import org.convatlas.lesson.Playback;
import org.convatlas.render.FigureColumn;
import org.convatlas.render.Hit;
import org.convatlas.render.grid.GridBoard;

/**
 * One stage of a factorized operation as it plays: the stage's own playback (a kernel sliding), its every frame with a
 * board over the figure (the kernel's factors, the one in use outlined; or the output the stage is compared with).
 * Counts, formula and pointing are the stage playback's. The spatially separable and the flattened lessons play their
 * stages so, each a {@link StagedPlayback.Part}.
 *
 * @param stage the playback of the stage's steps
 * @param board what is drawn over the stage's figure
 */
public record BoardedStage(Playback stage, GridBoard board) implements Playback {

    /** The board's share of the stage's height. */
    public static final double BOARD_SHARE = 0.42;

    @Override
    public long stepCount() {
        return stage.stepCount();
    }

    @Override
    public Frame frame(long step) {
        return withBoard(stage.frame(step));
    }

    @Override
    public Frame probe(long step, Hit hit) {
        return withBoard(stage.probe(step, hit));
    }

    private Frame withBoard(Frame inner) {
        return new Frame(new FigureColumn(board, inner.figure(), BOARD_SHARE), inner.counts(), inner.formula());
    }

    @Override
    public void release() {
        stage.release();
    }
}
