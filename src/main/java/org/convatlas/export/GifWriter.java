package org.convatlas.export;

import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;

/**
 * A looping GIF animation through {@code javax.imageio}: each frame reduced to its own palette by {@link GifPalette}
 * (role colours exact) and written with it as a local colour table, shown for the frame delay (GIF counts in hundredths of a second), drawn over the previous one
 * in full (no disposal, no transparency), and a NETSCAPE2.0 application extension on the first frame that repeats the
 * animation for ever.
 */
final class GifWriter implements FrameWriter {

    private static final String FORMAT = "javax_imageio_gif_image_1.0";

    private final StagedFile file;
    private final ImageOutputStream out;
    private final ImageWriter writer;
    private final int delayHundredths;
    private boolean first = true;

    GifWriter(Path target, int frameDelayMillis) throws IOException {
        file = new StagedFile(target);
        out = ImageIO.createImageOutputStream(file.temporary().toFile());
        writer = ImageIO.getImageWritersByFormatName("gif").next();
        writer.setOutput(out);
        writer.prepareWriteSequence(null);
        delayHundredths = Math.round(frameDelayMillis / 10f);
    }

    @Override
    public void write(BufferedImage frame) throws IOException {
        BufferedImage indexed = GifPalette.indexed(frame);
        IIOMetadata metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(indexed),
                null);
        IIOMetadataNode root = (IIOMetadataNode) metadata.getAsTree(FORMAT);
        IIOMetadataNode control = child(root, "GraphicControlExtension");
        control.setAttribute("disposalMethod", "none");
        control.setAttribute("userInputFlag", "FALSE");
        control.setAttribute("transparentColorFlag", "FALSE");
        control.setAttribute("transparentColorIndex", "0");
        control.setAttribute("delayTime", Integer.toString(delayHundredths));
        if (first) {
            IIOMetadataNode loop = new IIOMetadataNode("ApplicationExtension");
            loop.setAttribute("applicationID", "NETSCAPE");
            loop.setAttribute("authenticationCode", "2.0");
            loop.setUserObject(new byte[] {1, 0, 0});
            child(root, "ApplicationExtensions").appendChild(loop);
            first = false;
        }
        root.appendChild(colourTable((IndexColorModel) indexed.getColorModel()));
        metadata.setFromTree(FORMAT, root);
        writer.writeToSequence(new IIOImage(indexed, null, metadata), null);
    }

    /**
     * The frame's palette as its local colour table: without one, the writer falls back on a fixed palette of its
     * own for every frame.
     */
    private static IIOMetadataNode colourTable(IndexColorModel palette) {
        IIOMetadataNode table = new IIOMetadataNode("LocalColorTable");
        table.setAttribute("sizeOfLocalColorTable", Integer.toString(palette.getMapSize()));
        table.setAttribute("sortFlag", "FALSE");
        for (int i = 0; i < palette.getMapSize(); i++) {
            IIOMetadataNode entry = new IIOMetadataNode("ColorTableEntry");
            entry.setAttribute("index", Integer.toString(i));
            entry.setAttribute("red", Integer.toString(palette.getRed(i)));
            entry.setAttribute("green", Integer.toString(palette.getGreen(i)));
            entry.setAttribute("blue", Integer.toString(palette.getBlue(i)));
            table.appendChild(entry);
        }
        return table;
    }

    /** The child of {@code root} named {@code name}, added if missing. */
    private static IIOMetadataNode child(IIOMetadataNode root, String name) {
        for (int i = 0; i < root.getLength(); i++) {
            if (root.item(i).getNodeName().equals(name)) {
                return (IIOMetadataNode) root.item(i);
            }
        }
        IIOMetadataNode node = new IIOMetadataNode(name);
        root.appendChild(node);
        return node;
    }

    @Override
    public void finish() throws IOException {
        writer.endWriteSequence();
        out.close();
        writer.dispose();
        file.commit();
    }

    @Override
    public void close() {
        writer.dispose();
        try {
            out.close();
        } catch (IOException e) {
            // the temporary file is deleted below either way
        }
        file.discard();
    }
}
