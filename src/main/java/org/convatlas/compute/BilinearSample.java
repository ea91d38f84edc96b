package org.convatlas.compute;

/**
 * The bilinear sample of a single-channel map of {@code height} rows and {@code width} columns at a real
 * position {@code (y, x)} (row, column; cell {@code (r, c)} sits at {@code y = r, x = c}), reading 0 outside the
 * map. This is how deformable convolution reads its input between grid points (torchvision
 * {@code deform_conv2d}).
 *
 * <p>With {@code y0 = floor(y)}, {@code x0 = floor(x)} and the fractions {@code ly = y - y0},
 * {@code lx = x - x0} (each in {@code [0, 1)}), the four corners of the cell around the position and their
 * weights are
 * <pre>
 *   TOP_LEFT      (y0,     x0    )   (1 - ly) * (1 - lx)
 *   TOP_RIGHT     (y0,     x0 + 1)   (1 - ly) * lx
 *   BOTTOM_LEFT   (y0 + 1, x0    )   ly * (1 - lx)
 *   BOTTOM_RIGHT  (y0 + 1, x0 + 1)   ly * lx
 * </pre>
 * and the sample is {@code sum over the corners of weight * v(row, column)} with {@code v} the map's value inside
 * the map and 0 outside it. The weights sum to 1. At a grid point ({@code ly = lx = 0}) the top-left corner
 * has weight 1 and the sample is that cell's value.
 *
 * <p>A position with {@code y <= -1}, {@code y >= height}, {@code x <= -1} or {@code x >= width} reads 0 as a
 * whole: every corner is then outside the map or has weight 0. Positions just inside that band, such as
 * {@code -1 < y < 0}, blend the map's edge with zeros.
 *
 * <p>The arithmetic is in {@code float}, in the order torchvision uses. {@link #evaluate} takes the very steps
 * {@link DeformConv2d} takes (through {@code BilinearRow}), so a sample shown from this type is the number the
 * operation used.
 *
 * @param y      the row position
 * @param x      the column position
 * @param height the map's number of rows, at least 1
 * @param width  the map's number of columns, at least 1
 */
public record BilinearSample(float y, float x, int height, int width) {

    /**
     * The largest coordinate magnitude accepted, {@code 2^24}: beyond it a {@code float} has no fractional part
     * and the sample is far outside any map.
     */
    public static final int MAX_COORDINATE = 1 << 24;

    /** A corner of the cell around the position, as a step {@code (rowOffset, columnOffset)} from {@code (y0, x0)}. */
    public enum Corner {
        TOP_LEFT(0, 0),
        TOP_RIGHT(0, 1),
        BOTTOM_LEFT(1, 0),
        BOTTOM_RIGHT(1, 1);

        private final int rowOffset;
        private final int columnOffset;

        Corner(int rowOffset, int columnOffset) {
            this.rowOffset = rowOffset;
            this.columnOffset = columnOffset;
        }

        /** 0 for a top corner (row {@code y0}), 1 for a bottom corner (row {@code y0 + 1}). */
        public int rowOffset() {
            return rowOffset;
        }

        /** 0 for a left corner (column {@code x0}), 1 for a right corner (column {@code x0 + 1}). */
        public int columnOffset() {
            return columnOffset;
        }
    }

    public BilinearSample {
        Checks.atLeast("map height", height, 1);
        Checks.atLeast("map width", width, 1);
        checkCoordinate("row y", y);
        checkCoordinate("column x", x);
    }

    private static void checkCoordinate(String name, float value) {
        if (!(Math.abs(value) <= MAX_COORDINATE)) {
            throw new InvalidArgumentException("sample " + name + " must be a finite number between "
                    + -MAX_COORDINATE + " and " + MAX_COORDINATE + " (got " + value + ")");
        }
    }

    /** Whether the position lies so far out ({@code y <= -1}, {@code y >= height}, {@code x <= -1} or {@code x >= width}) that it reads 0. */
    public boolean isOutsideMap() {
        return y <= -1 || y >= height || x <= -1 || x >= width;
    }

    /** {@code ly = y - floor(y)}, in {@code [0, 1)}: how far the position is from the top row towards the bottom row. */
    public float rowFraction() {
        return y - topRow();
    }

    /** {@code lx = x - floor(x)}, in {@code [0, 1)}: how far the position is from the left column towards the right one. */
    public float columnFraction() {
        return x - leftColumn();
    }

    /** The corner's row: {@code floor(y)} or {@code floor(y) + 1}; may lie outside the map. */
    public int row(Corner corner) {
        return topRow() + corner.rowOffset();
    }

    /** The corner's column: {@code floor(x)} or {@code floor(x) + 1}; may lie outside the map. */
    public int column(Corner corner) {
        return leftColumn() + corner.columnOffset();
    }

    /** Whether the corner is a cell of the map (corners outside it contribute 0). */
    public boolean isInside(Corner corner) {
        int r = row(corner);
        int c = column(corner);
        return r >= 0 && r < height && c >= 0 && c < width;
    }

    /**
     * The corner's weight: {@code (1 - ly)} or {@code ly} along the rows times {@code (1 - lx)} or {@code lx}
     * along the columns (see the class comment). Defined for every corner; the term of a corner outside the map
     * is 0 because its value is.
     */
    public float weight(Corner corner) {
        float ly = rowFraction();
        float lx = columnFraction();
        float alongRows = corner.rowOffset() == 0 ? 1 - ly : ly;
        float alongColumns = corner.columnOffset() == 0 ? 1 - lx : lx;
        return alongRows * alongColumns;
    }

    /**
     * The sample's value on a map stored row-major in {@code plane} from index {@code offset}: cell
     * {@code (r, c)} is {@code plane[offset + r*width + c]}.
     *
     * @throws InvalidArgumentException if the {@code height x width} map does not fit in the array from {@code offset}
     */
    public float evaluate(float[] plane, int offset) {
        if (plane == null) {
            throw new InvalidArgumentException("plane is missing; it must hold a " + height + "x" + width + " map");
        }
        long end = (long) offset + (long) height * width;
        if (offset < 0 || end > plane.length) {
            throw new InvalidArgumentException("a " + height + "x" + width + " map at offset " + offset
                    + " does not fit in a plane of " + plane.length + " values");
        }
        return interpolate(plane, offset, 1, height, width, y, x);
    }

    private int topRow() {
        return (int) Math.floor(y);
    }

    private int leftColumn() {
        return (int) Math.floor(x);
    }

    /**
     * The formula of the class comment without building a sample: what {@link DeformConv2d} computes (through
     * {@link BilinearRow}, in the same steps), on a map whose cell {@code (r, c)} is
     * {@code plane[offset + (r*width + c)*cellStride]} (1 for a map of its own, more for one channel of
     * {@link InterleavedChannels}). The caller guarantees that the map lies inside {@code plane}; NaN coordinates
     * give NaN. A position whose four corners all lie inside the map is a {@link #blend} of them; the others (near
     * or beyond the edge) take {@link #interpolateAtEdge}, with the same arithmetic.
     */
    static float interpolate(float[] plane, int offset, int cellStride, int height, int width, float y, float x) {
        int y0 = (int) y;
        int x0 = (int) x;
        if (!hasInteriorCorners(height, width, y, x, y0, x0)) {
            return interpolateAtEdge(plane, offset, cellStride, height, width, y, x);
        }
        return blend(plane, offset + (y0 * width + x0) * cellStride, cellStride, width * cellStride, y - y0, x - x0);
    }

    /**
     * Whether all four corners of the cell around the position lie inside the map, given the casts
     * {@code y0 = (int) y} and {@code x0 = (int) x}. Then {@code y, x >= 0}, so the casts, which round towards 0,
     * are the floors.
     */
    static boolean hasInteriorCorners(int height, int width, float y, float x, int y0, int x0) {
        // all four tests at once, without a branch each
        return (y >= 0) & (x >= 0) & (y0 < height - 1) & (x0 < width - 1);
    }

    /**
     * The sample from its four corners, all inside the map: the top-left one at {@code plane[topLeft]}, the
     * top-right one {@code right} further and the bottom ones {@code below} (a map row) further, weighted by the
     * fractions {@code ly}, {@code lx}.
     */
    static float blend(float[] plane, int topLeft, int right, int below, float ly, float lx) {
        float hy = 1 - ly;
        float hx = 1 - lx;
        return blend(plane, topLeft, right, below, hy * hx, hy * lx, ly * hx, ly * lx);
    }

    /**
     * {@link #blend(float[], int, int, int, float, float)} with the corners' weights given: top-left
     * {@code (1-ly)*(1-lx)}, top-right {@code (1-ly)*lx}, bottom-left {@code ly*(1-lx)}, bottom-right {@code ly*lx}.
     */
    static float blend(float[] plane, int topLeft, int right, int below, float topLeftWeight, float topRightWeight,
                       float bottomLeftWeight, float bottomRightWeight) {
        int bottomLeft = topLeft + below;
        return topLeftWeight * plane[topLeft] + topRightWeight * plane[topLeft + right]
                + bottomLeftWeight * plane[bottomLeft] + bottomRightWeight * plane[bottomLeft + right];
    }

    /** {@link #interpolate} for a position with a corner outside the map: such corners read 0. */
    static float interpolateAtEdge(float[] plane, int offset, int cellStride, int height, int width, float y,
                                   float x) {
        if (y <= -1 || y >= height || x <= -1 || x >= width) {
            return 0;
        }
        int y0 = floor(y);
        int x0 = floor(x);
        int y1 = y0 + 1;
        int x1 = x0 + 1;
        float ly = y - y0;
        float lx = x - x0;
        float hy = 1 - ly;
        float hx = 1 - lx;
        boolean top = y0 >= 0;
        boolean bottom = y1 < height;
        boolean left = x0 >= 0;
        boolean right = x1 < width;
        int topRow = offset + y0 * width * cellStride;
        int bottomRow = topRow + width * cellStride;
        float topLeft = top && left ? plane[topRow + x0 * cellStride] : 0;
        float topRight = top && right ? plane[topRow + x1 * cellStride] : 0;
        float bottomLeft = bottom && left ? plane[bottomRow + x0 * cellStride] : 0;
        float bottomRight = bottom && right ? plane[bottomRow + x1 * cellStride] : 0;
        return hy * hx * topLeft + hy * lx * topRight + ly * hx * bottomLeft + ly * lx * bottomRight;
    }

    /** {@code (int) Math.floor(v)} for {@code |v| <= 2^24} and NaN (giving 0), without going through {@code double}. */
    private static int floor(float v) {
        int truncated = (int) v;
        return truncated > v ? truncated - 1 : truncated;
    }
}
