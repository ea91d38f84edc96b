package org.convatlas.lesson.checkerboard;

import org.convatlas.compute.Tensor;

/** The middle of a picture: the centre {@code side × side} pixels of planes {@code [C, H, W]} (fewer if smaller). */
final class CentreCrop {

    private CentreCrop() {
    }

    /**
     * The {@code min(side, H) × min(side, W)} pixels about the centre, starting at row {@code (H − rows)/2} and column
     * {@code (W − columns)/2}: {@code [C, rows, columns]}.
     */
    static Tensor of(Tensor planes, int side) {
        int c = planes.dim(0);
        int h = planes.dim(1);
        int w = planes.dim(2);
        int rows = Math.min(side, h);
        int columns = Math.min(side, w);
        int top = (h - rows) / 2;
        int left = (w - columns) / 2;
        float[] from = planes.data();
        float[] to = new float[c * rows * columns];
        for (int ch = 0; ch < c; ch++) {
            for (int r = 0; r < rows; r++) {
                System.arraycopy(from, (ch * h + top + r) * w + left, to, (ch * rows + r) * columns, columns);
            }
        }
        return Tensor.of(to, c, rows, columns);
    }
}
