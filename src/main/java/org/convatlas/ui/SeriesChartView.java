package org.convatlas.ui;

import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.convatlas.i18n.I18n;
import org.convatlas.lesson.ChartPlayback;
import org.convatlas.lesson.LessonViewModel;
import org.convatlas.lesson.Playback;
import org.convatlas.lesson.SeriesChart;

/**
 * The chart of a lesson whose playback has one ({@link ChartPlayback}), as its title (wrapped to the inspector's width)
 * over a JavaFX line chart with its axis labels and legend in the current language; absent for other lessons. While a new playback is being prepared,
 * or the values are refused, the last chart stays.
 *
 * <p>The horizontal axis counts whole steps (layers) from 1 to the last point; the vertical one fits the data.
 */
final class SeriesChartView extends VBox {

    private final I18n i18n;
    private final NumberAxis xAxis = new NumberAxis();
    private final NumberAxis yAxis = new NumberAxis();
    private final LineChart<Number, Number> chart = new LineChart<>(xAxis, yAxis);
    private final Label title = new Label();

    SeriesChartView(LessonViewModel lesson, I18n i18n) {
        this.i18n = i18n;
        getStyleClass().add(AppStyles.SERIES_CHART);
        chart.setAnimated(false);
        chart.setCreateSymbols(true);
        xAxis.setAutoRanging(false);
        xAxis.setTickUnit(1);
        xAxis.setMinorTickVisible(false);
        yAxis.setForceZeroInRange(true);
        title.setWrapText(true);
        title.getStyleClass().add(AppStyles.SECTION_TITLE);
        getChildren().addAll(title, chart);
        managedProperty().bind(visibleProperty());
        setVisible(false);
        lesson.playbackProperty().subscribe(this::show);
    }

    /** The chart of {@code playback}, if it has one; nothing while there is no playback. */
    private void show(Playback playback) {
        if (playback == null) {
            return;
        }
        setVisible(playback instanceof ChartPlayback);
        if (playback instanceof ChartPlayback charted) {
            show(charted.chart());
        }
    }

    private void show(SeriesChart data) {
        title.textProperty().bind(i18n.text(data.titleKey()));
        xAxis.labelProperty().bind(i18n.text(data.xAxisKey()));
        yAxis.labelProperty().bind(i18n.text(data.yAxisKey()));
        double last = 1;
        chart.getData().clear();
        for (SeriesChart.Series line : data.series()) {
            XYChart.Series<Number, Number> series = new XYChart.Series<>();
            series.nameProperty().bind(i18n.text(line.labelKey()));
            for (SeriesChart.Point point : line.points()) {
                series.getData().add(new XYChart.Data<>(point.x(), point.y()));
                last = Math.max(last, point.x());
            }
            chart.getData().add(series);
        }
        xAxis.setLowerBound(1);
        xAxis.setUpperBound(last);
    }

    /** The chart itself, for tests. */
    LineChart<Number, Number> chart() {
        return chart;
    }
}
