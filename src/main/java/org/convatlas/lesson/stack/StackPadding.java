package org.convatlas.lesson.stack;

import org.convatlas.compute.Pads2d;
import org.convatlas.compute.Pads3d;

/**
 * The zero padding around a tensor drawn as a stack of sheets: whole sheets of zeros before and after the stack (the
 * front and back padding of a volume), and rows and columns around each sheet. Counts of cells, each at least 0.
 */
public record StackPadding(int before, int after, int top, int left, int bottom, int right) {

    /** The padding of a 2-D convolution: around each channel, none between channels. */
    public static StackPadding of(Pads2d pads) {
        return new StackPadding(0, 0, pads.top(), pads.left(), pads.bottom(), pads.right());
    }

    /** The padding of a 3-D convolution over a one-channel volume, whose depth slices are the sheets. */
    public static StackPadding of(Pads3d pads) {
        return new StackPadding(pads.front(), pads.back(), pads.top(), pads.left(), pads.bottom(), pads.right());
    }
}
