package org.convatlas.lesson;

/** A playback that also shows a chart beside its frames, the same at every step (the inspector draws it). */
public interface ChartPlayback extends Playback {

    /** The chart, from the engine's numbers. */
    SeriesChart chart();
}
