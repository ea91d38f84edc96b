package org.convatlas.compute;

/**
 * The specification of {@link Conv2d}: the defining sum, written out loop by loop with no shortcut.
 * Summed in {@code double}. Slow on purpose; every fast path is tested against it.
 */
public final class Conv2dReference {

    private Conv2dReference() {
    }

    /** {@code conv2d(x, w, b)} straight from the definition in {@link Conv2d}. */
    public static Tensor apply(Tensor x, Tensor w, Tensor b, Conv2dParams p) {
        Tensor out = Tensor.zeros(Conv2d.outputShape(x, w, b, p));
        compute(x, w, b, p, out);
        return out;
    }

    static void compute(Tensor x, Tensor w, Tensor b, Conv2dParams p, Tensor y) {
        int h = x.dim(1), wd = x.dim(2);
        int cout = w.dim(0), cinPerGroup = w.dim(1), kh = w.dim(2), kw = w.dim(3);
        int coutPerGroup = cout / p.groups();
        Window2d win = p.window();
        for (int co = 0; co < cout; co++) {
            int group = co / coutPerGroup;
            for (int oy = 0; oy < y.dim(1); oy++) {
                for (int ox = 0; ox < y.dim(2); ox++) {
                    double sum = b == null ? 0 : b.get(co);
                    for (int cg = 0; cg < cinPerGroup; cg++) {
                        int ci = group * cinPerGroup + cg;
                        for (int i = 0; i < kh; i++) {
                            for (int j = 0; j < kw; j++) {
                                int iy = oy * win.strideH() - win.pads().top() + i * win.dilationH();
                                int ix = ox * win.strideW() - win.pads().left() + j * win.dilationW();
                                if (iy < 0 || iy >= h || ix < 0 || ix >= wd) {
                                    continue; // padding reads 0
                                }
                                int wi = p.flip() ? kh - 1 - i : i;
                                int wj = p.flip() ? kw - 1 - j : j;
                                sum += (double) x.get(ci, iy, ix) * w.get(co, cg, wi, wj);
                            }
                        }
                    }
                    y.set((float) sum, co, oy, ox);
                }
            }
        }
    }
}
