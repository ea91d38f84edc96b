package org.convatlas.probe;

import javafx.application.Application;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.convatlas.i18n.I18n;
import org.convatlas.ui.AppTheme;
import org.convatlas.ui.MainWindow;

/**
 * An empty window of the size the ConvAtlas window opens at, which reports when its first frame is on screen
 * ({@link FirstFrameProbe}) and closes: what the start-up of the ConvAtlas window is measured against. With the
 * parameter {@code --themed} the window is in the light theme and shows one line of text, the stage's prompt:
 * what any themed window with text costs before its other controls.
 */
public final class EmptyWindowApp extends Application {

    @Override
    public void start(Stage stage) {
        boolean themed = getParameters().getUnnamed().contains("--themed");
        Parent root;
        if (themed) {
            Application.setUserAgentStylesheet(AppTheme.LIGHT.userAgentStylesheet());
            root = new StackPane(new Label(I18n.forSystemLocale().get("stage.empty")));
        } else {
            root = new Pane();
        }
        stage.setScene(new Scene(root, MainWindow.initialWidth(), MainWindow.initialHeight()));
        stage.show();
        new FirstFrameProbe(themed ? "a themed window with one line of text" : "an empty window",
                ProbeApp::reportAndClose).start();
    }
}
