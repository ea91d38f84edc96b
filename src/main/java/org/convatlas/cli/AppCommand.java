package org.convatlas.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code convatlas app}: opens the window. */
@Command(name = "app", mixinStandardHelpOptions = true, versionProvider = ConvAtlasVersion.class,
        description = "Open the ConvAtlas window.")
final class AppCommand implements Callable<Integer> {

    private final Runnable openWindow;

    AppCommand(Runnable openWindow) {
        this.openWindow = openWindow;
    }

    @Override
    public Integer call() {
        openWindow.run();
        return ExitCodes.OK;
    }
}
