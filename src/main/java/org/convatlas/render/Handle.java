package org.convatlas.render;

/**
 * A point of a figure that the pointer can drag, such as the sampling point of a tap of a deformable convolution. The
 * figure names it by a number its playback understands (the tap), and says where the pointer would put it as a
 * {@link GridPoint} of the grid it lies on.
 *
 * @param id the handle's number within its figure
 */
public record Handle(int id) {
}
