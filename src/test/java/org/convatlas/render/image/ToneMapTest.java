package org.convatlas.render.image;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.convatlas.compute.Tensor;
import org.junit.jupiter.api.Test;

class ToneMapTest {

    private static int grey(int level) {
        return 0xFF000000 | level * 0x010101;
    }

    @Test
    void clipShowsValuesAsTheyAreAndClipsTheRest() {
        Raster r = ToneMap.CLIP.raster(Tensor.of(new float[] {0, 0.5f, 1, -0.2f, 1.7f, 0.25f}, 1, 2, 3), 1, 100);
        assertEquals(3, r.width());
        assertEquals(2, r.height());
        assertEquals(List.of(grey(0), grey(128), grey(255), grey(0), grey(255), grey(64)),
                List.of(r.argb(0, 0), r.argb(1, 0), r.argb(2, 0), r.argb(0, 1), r.argb(1, 1), r.argb(2, 1)));
    }

    @Test
    void magnitudeShowsAbsoluteValuesOverTheScale() {
        Raster r = ToneMap.MAGNITUDE.raster(Tensor.of(new float[] {-2, 1, 4}, 1, 1, 3), 2, 100);
        assertEquals(List.of(grey(255), grey(128), grey(255)), List.of(r.argb(0, 0), r.argb(1, 0), r.argb(2, 0)));
    }

    @Test
    void divergingRunsFromBlueThroughWhiteToRed() {
        Raster r = ToneMap.DIVERGING.raster(Tensor.of(new float[] {-3, 0, 3, 1.5f}, 1, 1, 4), 3, 100);
        assertEquals(0xFF2166AC, r.argb(0, 0));
        assertEquals(0xFFF7F7F7, r.argb(1, 0));
        assertEquals(0xFFB2182B, r.argb(2, 0));
        int half = r.argb(3, 0);
        assertEquals(Math.round((0xF7 + 0xB2) / 2f), (half >> 16) & 0xFF, "halfway to red");
    }

    @Test
    void threeChannelsAreRedGreenAndBlueAndDivergeAroundMidGrey() {
        // red [1, 0], green [0.5, -1], blue [0, 1]
        Tensor rgb = Tensor.of(new float[] {1, 0, 0.5f, -1, 0, 1}, 3, 1, 2);
        Raster clipped = ToneMap.CLIP.raster(rgb, 1, 10);
        assertEquals(0xFFFF8000, clipped.argb(0, 0));
        assertEquals(0xFF0000FF, clipped.argb(1, 0));
        assertEquals(0xFFFFBF80, ToneMap.DIVERGING.raster(rgb, 1, 10).argb(0, 0), "0.5 + v/2 per channel");
    }

    @Test
    void aLargePictureIsShrunkByBlockMeans() {
        float[] values = new float[5 * 5];
        values[0] = 1; // one white pixel in the top-left 2 x 2 block
        Raster r = ToneMap.CLIP.raster(Tensor.of(values, 1, 5, 5), 1, 3);
        assertEquals(3, r.width(), "a factor of 2 brings 5 within 3");
        assertEquals(3, r.height());
        assertEquals(grey(64), r.argb(0, 0), "a quarter of the block is white");
        assertEquals(grey(0), r.argb(2, 2), "the edge block has one pixel");
    }

    @Test
    void saturationIgnoresTheFewLargestValues() {
        float[] values = new float[1000];
        for (int i = 0; i < values.length; i++) {
            values[i] = (i % 10) / 10f;
        }
        values[7] = -50; // one outlier of a thousand
        float s = ToneMap.saturation(Tensor.of(values, 1, 10, 100));
        assertEquals(0.9f, s, 50f / 4096 + 1e-6, "the 99.5 % quantile, to a bin");
        assertEquals(1f, ToneMap.saturation(Tensor.zeros(1, 2, 2)), "all zeros");
    }

    @Test
    void aLargeMapIsSampledAcrossAllItsColumns() {
        // every sixth column is 10, the rest 1: a sixth of the values, so the 99.5 % quantile is 10
        int h = 1080;
        int w = 1920;
        float[] values = new float[h * w];
        for (int i = 0; i < values.length; i++) {
            values[i] = i % w % 6 == 0 ? 10 : 1;
        }
        assertTrue(ToneMap.sampleStride(values.length, w) > 6, "this map is sampled");
        assertEquals(1, ToneMap.sampleStride(ToneMap.MOST_SAMPLED, w), "a small map is read whole");
        assertEquals(10f, ToneMap.saturation(Tensor.of(values, 1, h, w)), 10f / 4096, "the wide columns are seen");
        values[0] = Float.NaN;
        assertEquals(1f, ToneMap.saturation(Tensor.of(values, 1, h, w)), "NaN read: no scale");
    }

    @Test
    void blockMeansOfMagnitudesKeepAFinePatternOfOppositeSigns() {
        float[] values = new float[4 * 4];
        for (int i = 0; i < values.length; i++) {
            values[i] = i % 2 == 0 ? 0.5f : -0.5f;
        }
        Tensor planes = Tensor.of(values, 1, 4, 4);
        Tensor magnitudes = ToneMap.MAGNITUDE.shown(planes, 2, null);
        assertArrayEquals(new int[] {1, 2, 2}, magnitudes.shape());
        assertArrayEquals(new float[] {0.5f, 0.5f, 0.5f, 0.5f}, magnitudes.data());
        assertArrayEquals(new float[4], ToneMap.DIVERGING.shown(planes, 2, null).data(), "signed values cancel");
        assertSame(planes, ToneMap.CLIP.shown(planes, 4, null), "a map that fits is shown as it is");
        Tensor reused = Tensor.zeros(1, 2, 2);
        assertSame(reused, ToneMap.MAGNITUDE.shown(planes, 2, reused), "written into memory of the right shape");
    }

    @Test
    void refusesPlanesItCannotShow() {
        assertThrows(IllegalArgumentException.class, () -> ToneMap.CLIP.raster(Tensor.zeros(2, 3, 3), 1, 10));
        assertThrows(IllegalArgumentException.class, () -> ToneMap.CLIP.raster(Tensor.zeros(1, 3, 3), 0, 10));
        assertThrows(IllegalArgumentException.class, () -> new Raster(2, 2, new int[3]));
    }

    @Test
    void colourBarsNameTheirEnds() {
        assertEquals(List.of("0", "1"), new ColourBar(ToneMap.CLIP, 1, 1).labels());
        assertEquals(List.of("0", "\u2265 1.25"), new ColourBar(ToneMap.MAGNITUDE, 1, 1.25f).labels());
        assertEquals(List.of("\u22122", "0", "2"), new ColourBar(ToneMap.DIVERGING, 3, 2).labels());
    }
}
