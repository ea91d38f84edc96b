package org.convatlas.cases;

import org.convatlas.compute.ChannelShuffle;
import org.convatlas.compute.Counts;

/** {@code channel_shuffle}: input {@code x}; parameter {@code groups}; output {@code y}. */
final class ChannelShuffleCase implements CaseOperation {

    @Override
    public String op() {
        return "channel_shuffle";
    }

    @Override
    public CaseResult evaluate(CaseParams params, CaseInputs inputs) {
        return CaseResult.of("y", ChannelShuffle.apply(inputs.require("x"), params.integer("groups")),
                Counts.rearrangement());
    }
}
