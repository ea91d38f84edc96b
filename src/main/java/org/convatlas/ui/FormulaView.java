package org.convatlas.ui;

import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import org.convatlas.render.chrome.LatexImage;
import org.scilab.forge.jlatexmath.ParseException;

/**
 * A LaTeX formula typeset by JLaTeXMath into an image. Typesetting happens only when the formula, its colour or its
 * size changes, not on every frame that shows the same formula. A formula wider than the space it is given is scaled
 * down to fit. A formula JLaTeXMath cannot read is shown as its source text.
 */
final class FormulaView extends StackPane {

    private final ImageView image = new ImageView();
    private final Label source = new Label();
    private String shownLatex = "";
    private Color shownColor;
    private double shownSize;

    FormulaView() {
        getStyleClass().add(AppStyles.FORMULA);
        source.setWrapText(true);
        image.setPreserveRatio(true);
        image.setSmooth(true);
        getChildren().addAll(image, source);
    }

    /** Shows {@code latex} in {@code color}, its body text {@code size} pixels high; empty shows nothing. */
    void show(String latex, Color color, double size) {
        if (latex.equals(shownLatex) && color.equals(shownColor) && size == shownSize) {
            return;
        }
        shownLatex = latex;
        shownColor = color;
        shownSize = size;
        image.setImage(null);
        source.setText(null);
        if (latex.isEmpty()) {
            return;
        }
        try {
            image.setImage(SwingFXUtils.toFXImage(LatexImage.typeset(latex, color, size), null));
        } catch (ParseException e) {
            source.setText(latex);
        }
    }

    @Override
    protected void layoutChildren() {
        if (image.getImage() != null) {
            image.setFitWidth(Math.min(image.getImage().getWidth(), Math.max(1, innerWidth(getWidth()))));
        }
        super.layoutChildren();
    }

    @Override
    protected double computeMinWidth(double height) {
        return image.getImage() == null ? super.computeMinWidth(height) : 0;
    }

    /** The typeset height, scaled as the width scales it. */
    @Override
    protected double computePrefHeight(double width) {
        if (image.getImage() == null || width <= 0) {
            return super.computePrefHeight(width);
        }
        double scale = Math.min(1, innerWidth(width) / image.getImage().getWidth());
        return image.getImage().getHeight() * scale + snappedTopInset() + snappedBottomInset();
    }

    private double innerWidth(double width) {
        return width - snappedLeftInset() - snappedRightInset();
    }
}
