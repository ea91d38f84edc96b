package org.convatlas.compute;

import java.util.Random;

/** Seeded random pooling configurations: windows up to 4x4, strides up to 3, pads up to half the kernel. */
final class RandomPools {

    private RandomPools() {
    }

    static Pool2dParams params(Random random) {
        int kh = 1 + random.nextInt(4);
        int kw = 1 + random.nextInt(4);
        Pads2d pads = new Pads2d(random.nextInt(kh / 2 + 1), random.nextInt(kw / 2 + 1),
                random.nextInt(kh / 2 + 1), random.nextInt(kw / 2 + 1));
        return new Pool2dParams(kh, kw, 1 + random.nextInt(3), 1 + random.nextInt(3), pads);
    }

    /** An input {@code [C, H, W]} large enough for {@code p}, holding whole numbers in [-4, 4] so that ties occur. */
    static Tensor smallIntegers(Random random, Pool2dParams p) {
        int h = Math.max(1, p.kernelH() - p.pads().top() - p.pads().bottom()) + random.nextInt(5);
        int w = Math.max(1, p.kernelW() - p.pads().left() - p.pads().right()) + random.nextInt(5);
        Tensor x = Tensor.zeros(1 + random.nextInt(3), h, w);
        float[] data = x.data();
        for (int i = 0; i < data.length; i++) {
            data[i] = random.nextInt(9) - 4;
        }
        return x;
    }
}
