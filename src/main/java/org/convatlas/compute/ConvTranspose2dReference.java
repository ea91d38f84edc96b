package org.convatlas.compute;

/**
 * The specification of {@link ConvTranspose2d}: the scatter of the definition, written out loop by loop with
 * no shortcut, summed in {@code double}. Slow on purpose; the fast path is tested against it.
 */
public final class ConvTranspose2dReference {

    private ConvTranspose2dReference() {
    }

    /** {@code convTranspose2d(x, w, b)} straight from the definition in {@link ConvTranspose2d}. */
    public static Tensor apply(Tensor x, Tensor w, Tensor b, ConvTranspose2dParams p) {
        Tensor out = Tensor.zeros(ConvTranspose2d.outputShape(x, w, b, p));
        compute(x, w, b, p, out);
        return out;
    }

    static void compute(Tensor x, Tensor w, Tensor b, ConvTranspose2dParams p, Tensor y) {
        int cin = x.dim(0), h = x.dim(1), wd = x.dim(2);
        int coutPerGroup = w.dim(1), kh = w.dim(2), kw = w.dim(3);
        int cinPerGroup = cin / p.groups();
        int cout = y.dim(0), ho = y.dim(1), wo = y.dim(2);
        Window2d win = p.window();
        // sum[(co*Ho + oy)*Wo + ox] accumulates output cell (co, oy, ox)
        double[] sum = new double[cout * ho * wo];
        for (int ci = 0; ci < cin; ci++) {
            int group = ci / cinPerGroup;
            for (int cop = 0; cop < coutPerGroup; cop++) {
                int co = group * coutPerGroup + cop;
                for (int iy = 0; iy < h; iy++) {
                    for (int ix = 0; ix < wd; ix++) {
                        for (int i = 0; i < kh; i++) {
                            for (int j = 0; j < kw; j++) {
                                // the full output cell (iy*sH + i*dH, ix*sW + j*dW), shifted by the cut pads
                                int oy = iy * win.strideH() + i * win.dilationH() - win.pads().top();
                                int ox = ix * win.strideW() + j * win.dilationW() - win.pads().left();
                                if (oy < 0 || oy >= ho || ox < 0 || ox >= wo) {
                                    continue; // cut away by the pads
                                }
                                sum[(co * ho + oy) * wo + ox] += (double) x.get(ci, iy, ix) * w.get(ci, cop, i, j);
                            }
                        }
                    }
                }
            }
        }
        for (int co = 0; co < cout; co++) {
            for (int oy = 0; oy < ho; oy++) {
                for (int ox = 0; ox < wo; ox++) {
                    double bias = b == null ? 0 : b.get(co);
                    y.set((float) (bias + sum[(co * ho + oy) * wo + ox]), co, oy, ox);
                }
            }
        }
    }
}
