package org.convatlas.cases;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** The operations that case files may name, by their {@code op}. */
public final class CaseOperations {

    private final Map<String, CaseOperation> byName = new LinkedHashMap<>();

    /** A registry of the given operations. @throws IllegalArgumentException when two share an op name */
    public CaseOperations(Collection<? extends CaseOperation> operations) {
        for (CaseOperation operation : operations) {
            if (byName.putIfAbsent(operation.op(), operation) != null) {
                throw new IllegalArgumentException("two operations are registered as \"" + operation.op() + "\"");
            }
        }
    }

    /** Every operation of docs/case-format.md that ConvAtlas evaluates; registering another is one line here. */
    public static CaseOperations standard() {
        return new CaseOperations(List.of(
                new Conv2dCase(),
                new ConvTranspose2dCase(),
                new Conv3dCase(),
                new MaxPool2dCase(),
                new AvgPool2dCase(),
                new MaxUnpool2dCase(),
                ShuffleCase.pixelShuffle(),
                ShuffleCase.channelShuffle(),
                new UpsampleCase(),
                new DeformConv2dCase(),
                new SqueezeExcitationCase(),
                new DepthwiseSeparableCase(),
                new ReceptiveFieldCase(),
                new GriddingCoverageCase(),
                new TransposedOverlapCase(),
                new ConvMatrixCase(),
                new KernelRankCase(),
                new Conv2dGradCase()));
    }

    /** The operation called {@code op}. @throws CaseFormatException naming the known ops when there is none */
    public CaseOperation require(String op) {
        CaseOperation operation = byName.get(op);
        if (operation == null) {
            throw new CaseFormatException("unknown op \"" + op + "\"; known ops: " + String.join(", ", names()));
        }
        return operation;
    }

    /** The known op names, sorted. */
    public Set<String> names() {
        return new TreeSet<>(byName.keySet());
    }
}
