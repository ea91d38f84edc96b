package org.convatlas.ui;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/** The ConvAtlas window. */
public final class ConvAtlasApp extends Application {

    @Override
    public void start(Stage stage) {
        stage.setTitle("ConvAtlas");
        stage.setScene(new Scene(new StackPane(new Label("ConvAtlas")), 1280, 800));
        stage.show();
    }
}
