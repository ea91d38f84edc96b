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

    /** With no arguments opens the window straight away; otherwise runs the command line. */
    public static void main(String[] args) {
        Runnable openWindow = () -> Application.launch(ConvAtlasApp.class);
        System.exit(args.length == 0 ? ConvAtlasCommand.openWindow(openWindow, System.err)
                : ConvAtlasCommand.commandLine(openWindow).execute(args));
    }
}
