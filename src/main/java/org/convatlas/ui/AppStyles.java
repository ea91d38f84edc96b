package org.convatlas.ui;

/**
 * The style classes of {@code styles/app.css}, one constant per class, so that code and stylesheet cannot drift
 * apart silently. The theme's own classes come from AtlantaFX's {@code Styles}.
 */
public final class AppStyles {

    /** The stylesheet on the classpath, laid over the AtlantaFX theme. */
    public static final String STYLESHEET = "/styles/app.css";

    public static final String ATLAS = "atlas";
    public static final String ATLAS_TREE = "atlas-tree";
    public static final String CHAPTER = "chapter";
    public static final String STAGE = "stage";
    public static final String MAIN_WINDOW = "main-window";
    public static final String STAGE_MESSAGE = "stage-message";
    public static final String INSPECTOR = "inspector";
    public static final String INSPECTOR_CONTENT = "inspector-content";
    public static final String SECTION_TITLE = "section-title";
    public static final String PRESETS = "presets";
    public static final String PARAMETERS = "parameters";
    public static final String KERNEL_EDITOR = "kernel-editor";
    public static final String KERNEL_CELL = "kernel-cell";
    public static final String KERNEL_CELLS = "kernel-cells";
    public static final String KERNEL_PRESETS = "kernel-presets";
    public static final String STACK_EDITOR = "stack-editor";
    public static final String OFFSET_EDITOR = "offset-editor";
    public static final String OFFSET_FIELDS = "offset-fields";
    public static final String STACK_TABLE = "stack-table";
    public static final String STACK_CELL = "stack-cell";
    public static final String SERIES_CHART = "series-chart";
    public static final String IMAGE_NAME = "image-name";
    public static final String IMAGE_BUTTONS = "image-buttons";
    public static final String COUNTS_CARD = "counts-card";
    public static final String FORMULA = "formula";
    public static final String EXPLANATION = "explanation";
    public static final String PROBLEM = "problem";
    public static final String NOTE = "note";
    public static final String SEGMENTS = "segments";
    public static final String TRANSPORT_BAR = "transport-bar";
    public static final String TRANSPORT_CONTROLS = "transport-controls";
    public static final String SCRUBBER = "scrubber";
    public static final String POSITION = "position";
    public static final String SPEED = "speed";
    public static final String PANE_TITLE = "pane-title";

    private AppStyles() {
    }

    /** The stylesheet's URL, for {@code getStylesheets().add}. */
    public static String stylesheetUrl() {
        return AppStyles.class.getResource(STYLESHEET).toExternalForm();
    }
}
