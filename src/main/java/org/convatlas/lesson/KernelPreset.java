package org.convatlas.lesson;

import java.util.Arrays;
import java.util.Locale;

/**
 * The well-known kernels the kernel editor offers. The ones with one classic form are 3×3 only (sharpen, Laplacian,
 * emboss); the others are defined for other sizes too:
 * <ul>
 *   <li>identity: 1 at the centre cell {@code ((rows-1)/2, (columns-1)/2)}, 0 elsewhere;</li>
 *   <li>box blur: every weight {@code 1/(rows·columns)};</li>
 *   <li>Gaussian: the binomial approximation, {@code w[i][j] = C(rows-1, i)·C(columns-1, j) / 2^(rows+columns-2)}
 *       (3×3: {@code [1 2 1; 2 4 2; 1 2 1]/16});</li>
 *   <li>Sobel x: binomial smoothing down the rows times a binomial derivative across the columns,
 *       {@code w[i][j] = C(rows-1, i)·(C(columns-2, j-1) - C(columns-2, j))} (3×3: {@code [-1 0 1; -2 0 2; -1 0 1]},
 *       5×5 as OpenCV's); at least 2 columns. Sobel y is its transpose; at least 2 rows.</li>
 * </ul>
 */
public enum KernelPreset {
    IDENTITY("identity"),
    BOX_BLUR("boxBlur"),
    GAUSSIAN("gaussian"),
    SHARPEN("sharpen"),
    SOBEL_X("sobelX"),
    SOBEL_Y("sobelY"),
    LAPLACIAN("laplacian"),
    EMBOSS("emboss");

    private static final float[] SHARPEN_3X3 = {0, -1, 0, -1, 5, -1, 0, -1, 0};
    private static final float[] LAPLACIAN_3X3 = {0, 1, 0, 1, -4, 1, 0, 1, 0};
    private static final float[] EMBOSS_3X3 = {-2, -1, 0, -1, 1, 1, 0, 1, 2};

    private final String keySuffix;

    KernelPreset(String keySuffix) {
        this.keySuffix = keySuffix;
    }

    /** The preset's name on the command line, for example {@code sobelX}. */
    public String id() {
        return keySuffix;
    }

    /** The bundle key of the preset's name, {@code kernel.preset.<name>}. */
    public String labelKey() {
        return "kernel.preset." + keySuffix;
    }

    /** Whether the preset has a form of {@code rows × columns}. */
    public boolean fits(int rows, int columns) {
        return switch (this) {
            case IDENTITY, BOX_BLUR, GAUSSIAN -> rows >= 1 && columns >= 1;
            case SOBEL_X -> rows >= 1 && columns >= 2;
            case SOBEL_Y -> rows >= 2 && columns >= 1;
            case SHARPEN, LAPLACIAN, EMBOSS -> rows == 3 && columns == 3;
        };
    }

    /**
     * The preset as a {@code rows × columns} kernel.
     *
     * @throws IllegalArgumentException if it has no form of that size (see {@link #fits})
     */
    public Kernel kernel(int rows, int columns) {
        if (!fits(rows, columns)) {
            throw new IllegalArgumentException("the " + name().toLowerCase(Locale.ROOT)
                    + " kernel has no " + rows + "x" + columns + " form");
        }
        return switch (this) {
            case IDENTITY -> Kernel.zeros(rows, columns).withWeight((rows - 1) / 2, (columns - 1) / 2, 1);
            case BOX_BLUR -> outer(constant(rows, 1f / rows), constant(columns, 1f / columns));
            case GAUSSIAN -> outer(scaled(binomial(rows)), scaled(binomial(columns)));
            case SOBEL_X -> outer(binomial(rows), derivative(columns));
            case SOBEL_Y -> outer(derivative(rows), binomial(columns));
            case SHARPEN -> Kernel.of(3, 3, SHARPEN_3X3);
            case LAPLACIAN -> Kernel.of(3, 3, LAPLACIAN_3X3);
            case EMBOSS -> Kernel.of(3, 3, EMBOSS_3X3);
        };
    }

    /** The kernel {@code w[i][j] = column[i]·row[j]}. */
    private static Kernel outer(float[] column, float[] row) {
        float[] weights = new float[column.length * row.length];
        for (int i = 0; i < column.length; i++) {
            for (int j = 0; j < row.length; j++) {
                weights[i * row.length + j] = column[i] * row[j];
            }
        }
        return Kernel.of(column.length, row.length, weights);
    }

    private static float[] constant(int n, float value) {
        float[] values = new float[n];
        Arrays.fill(values, value);
        return values;
    }

    /**
     * The binomial coefficients {@code C(n-1, i)}, {@code i = 0 ... n-1}: Pascal's triangle, row {@code n-1}
     * ({@code [1, 2, 1]} for 3), the smoothing factor of the Gaussian and Sobel kernels.
     */
    public static float[] binomial(int n) {
        float[] row = new float[n];
        row[0] = 1;
        for (int i = 1; i < n; i++) {
            for (int j = i; j > 0; j--) {
                row[j] += row[j - 1];
            }
        }
        return row;
    }

    /** {@code values} divided by their sum. */
    private static float[] scaled(float[] values) {
        float sum = 0;
        for (float v : values) {
            sum += v;
        }
        float[] result = values.clone();
        for (int i = 0; i < result.length; i++) {
            result[i] /= sum;
        }
        return result;
    }

    /** The binomial derivative of length {@code n >= 2}: {@code C(n-2, i-1) - C(n-2, i)}, e.g. {@code [-1, 0, 1]}. */
    private static float[] derivative(int n) {
        float[] smooth = binomial(n - 1);
        float[] result = new float[n];
        for (int i = 0; i < n; i++) {
            result[i] = (i > 0 ? smooth[i - 1] : 0) - (i < n - 1 ? smooth[i] : 0);
        }
        return result;
    }
}
