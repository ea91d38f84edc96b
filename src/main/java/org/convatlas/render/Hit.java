package org.convatlas.render;

import java.util.Objects;
import org.convatlas.compute.trace.Coordinates;

/**
 * The cell of a figure under the pointer: which tensor it belongs to, named by the role that tensor is drawn in,
 * and the cell's coordinates as the engine's traces name them, for example {@code (c, y, x)} of an input, with
 * coordinates outside the tensor for a cell of its padding ring.
 *
 * @param role the tensor: {@link Role#INPUT}, {@link Role#KERNEL} or {@link Role#OUTPUT}
 * @param at   the cell's coordinates in that tensor
 */
public record Hit(Role role, Coordinates at) {

    public Hit {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(at, "at");
    }
}
