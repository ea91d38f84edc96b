package org.convatlas.compute;

import java.util.ArrayList;
import java.util.List;

/**
 * The receptive field of the units of one layer of a 2-D stack: the {@link ReceptiveField} along the height
 * ({@code vertical}) and along the width ({@code horizontal}), which do not interact.
 */
public record ReceptiveField2d(ReceptiveField vertical, ReceptiveField horizontal) {

    /**
     * One 2-D layer: a {@code kernelH x kernelW} kernel sliding as {@code window} says. Only the top and left pads
     * enter the fields.
     */
    public record Layer(int kernelH, int kernelW, Window2d window) {

        public Layer {
            Checks.atLeast("kernel height", kernelH, 1);
            Checks.atLeast("kernel width", kernelW, 1);
            if (window == null) {
                throw new InvalidArgumentException("window is missing");
            }
        }

        /** The layer along the height. */
        public ReceptiveField.Layer vertical() {
            return new ReceptiveField.Layer(kernelH, window.strideH(), window.dilationH(), window.pads().top());
        }

        /** The layer along the width. */
        public ReceptiveField.Layer horizontal() {
            return new ReceptiveField.Layer(kernelW, window.strideW(), window.dilationW(), window.pads().left());
        }
    }

    /**
     * The fields of every layer of a stack; element {@code l - 1} belongs to layer {@code l}.
     *
     * @throws InvalidArgumentException as {@link ReceptiveField#of}
     */
    public static List<ReceptiveField2d> of(List<Layer> layers) {
        Checks.items("layers", layers);
        List<ReceptiveField2d> fields = new ArrayList<>(layers.size());
        ReceptiveField vertical = ReceptiveField.INPUT;
        ReceptiveField horizontal = ReceptiveField.INPUT;
        for (Layer layer : layers) {
            vertical = vertical.through(layer.vertical());
            horizontal = horizontal.through(layer.horizontal());
            fields.add(new ReceptiveField2d(vertical, horizontal));
        }
        return List.copyOf(fields);
    }
}
