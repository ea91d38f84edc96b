package org.convatlas.ui;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;

/**
 * An empty window of the size the ConvAtlas window opens at, which reports when its first frame is on screen
 * ({@link FirstFrameProbe}) and closes: what the start-up of the ConvAtlas window is measured against.
 */
public final class EmptyWindowApp extends Application {

    @Override
    public void start(Stage stage) {
        stage.setScene(new Scene(new Pane(), MainWindow.initialWidth(), MainWindow.initialHeight()));
        stage.show();
        new FirstFrameProbe("an empty window", ProbeApp::reportAndClose).start();
    }
}
