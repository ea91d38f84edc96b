package org.convatlas.cases;

import java.util.function.BiFunction;
import org.convatlas.compute.ChannelShuffle;
import org.convatlas.compute.Counts;
import org.convatlas.compute.PixelShuffle;
import org.convatlas.compute.Tensor;

/** The shuffles: input {@code x}, one whole-number parameter, output {@code y}; they only move values. */
final class ShuffleCase implements CaseOperation {

    private final String op;
    private final String parameter;
    private final BiFunction<Tensor, Integer, Tensor> shuffle;

    private ShuffleCase(String op, String parameter, BiFunction<Tensor, Integer, Tensor> shuffle) {
        this.op = op;
        this.parameter = parameter;
        this.shuffle = shuffle;
    }

    /** {@code pixel_shuffle}: {@code x [C*r*r, H, W]}, parameter {@code upscale} (r). */
    static ShuffleCase pixelShuffle() {
        return new ShuffleCase("pixel_shuffle", "upscale", PixelShuffle::apply);
    }

    /** {@code channel_shuffle}: {@code x [C, H, W]}, parameter {@code groups}. */
    static ShuffleCase channelShuffle() {
        return new ShuffleCase("channel_shuffle", "groups", ChannelShuffle::apply);
    }

    @Override
    public String op() {
        return op;
    }

    @Override
    public CaseResult evaluate(CaseParams params, CaseInputs inputs) {
        return CaseResult.of("y", shuffle.apply(inputs.require("x"), params.integer(parameter)), Counts.rearrangement());
    }
}
