package org.convatlas.lesson;

import java.util.List;
import java.util.Objects;

/**
 * A line chart as data, for the window to draw with JavaFX charts: its title, the labels of its axes and its
 * series, every text a bundle key.
 *
 * @param titleKey the chart's title
 * @param xAxisKey the label of the horizontal axis
 * @param yAxisKey the label of the vertical axis
 * @param series   the lines, in the order the legend lists them
 */
public record SeriesChart(String titleKey, String xAxisKey, String yAxisKey, List<Series> series) {

    public SeriesChart {
        Objects.requireNonNull(titleKey, "titleKey");
        Objects.requireNonNull(xAxisKey, "xAxisKey");
        Objects.requireNonNull(yAxisKey, "yAxisKey");
        series = List.copyOf(series);
    }

    /**
     * One line of the chart.
     *
     * @param labelKey the bundle key of its name in the legend
     * @param points   its points, left to right
     */
    public record Series(String labelKey, List<Point> points) {

        public Series {
            Objects.requireNonNull(labelKey, "labelKey");
            points = List.copyOf(points);
        }
    }

    /** One point, {@code (x, y)}. */
    public record Point(double x, double y) {
    }
}
