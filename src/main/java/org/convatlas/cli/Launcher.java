package org.convatlas.cli;

import javafx.application.Application;
import org.convatlas.ui.ConvAtlasApp;

/**
 * The jar's main class: runs the {@code convatlas} command line. It does not extend {@link Application}, so the
 * JavaFX runtime can be on the plain class path of a runnable jar.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        System.exit(ConvAtlasCommand.commandLine(() -> Application.launch(ConvAtlasApp.class)).execute(args));
    }
}
