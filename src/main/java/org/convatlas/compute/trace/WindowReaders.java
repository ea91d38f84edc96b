package org.convatlas.compute.trace;

import java.util.BitSet;

/**
 * A trace of a sliding window that says which of its steps read a cell of its padded input by inverting the window's
 * arithmetic, without walking its steps: {@link TapReaders} asks it first. The answer is the one the steps' taps give
 * (a dilation hole reads nothing), which the tests check against {@link TapReaders}' index of every tap.
 */
interface WindowReaders {

    /** The steps whose taps read {@code cell}, an input element or a padding cell of the padded input. */
    BitSet readersOf(Coordinates cell);
}
