package org.convatlas.probe;

import java.util.Map;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.convatlas.ui.ConvAtlasApp;
import org.convatlas.ui.MainViewModel;
import org.convatlas.ui.MainWindow;
import org.convatlas.ui.WindowSettings;

/**
 * ConvAtlas with a measurement of its window, for the hidden probes of the {@code app} command: with
 * {@code --pace=LESSON:PRESET:SECONDS} it plays a lesson and reports the frame pacing ({@link PaceProbe}); with
 * {@code --first-frame} it reports when the window's first frame is on screen ({@link FirstFrameProbe}). The report
 * is one line on the standard output, then the application closes.
 */
public final class ProbeApp extends ConvAtlasApp {

    /** The defaults, every time: a measurement is made on a fresh start and leaves the user's settings alone. */
    @Override
    protected WindowSettings settings() {
        return WindowSettings.defaults();
    }

    @Override
    protected void shown(Stage stage, MainViewModel model, MainWindow window) {
        Map<String, String> named = getParameters().getNamed();
        if (named.containsKey("pace")) {
            PaceProbe.start(PaceProbeSpec.parse(named.get("pace")), model, window, ProbeApp::reportAndClose);
        } else {
            new FirstFrameProbe("the ConvAtlas window", ProbeApp::reportAndClose).start();
        }
    }

    /** Prints the report and closes the application. */
    static void reportAndClose(String line) {
        System.out.println(line);
        Platform.exit();
    }
}
