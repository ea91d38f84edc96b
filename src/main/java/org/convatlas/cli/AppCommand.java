package org.convatlas.cli;

import java.util.concurrent.Callable;
import javafx.application.Application;
import org.convatlas.probe.EmptyWindowApp;
import org.convatlas.probe.PaceProbeSpec;
import org.convatlas.probe.ProbeApp;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code convatlas app}: opens the window. Two hidden options measure the window instead and print one line:
 * {@code --pace-probe LESSON:PRESET:SECONDS} plays a lesson's preset and reports the frame intervals, and
 * {@code --startup-probe window|empty|themed} reports when the first frame of the ConvAtlas window, or of an empty
 * window of the same size started the same way (bare, or themed with one line of text), is on screen.
 */
@Command(name = "app", mixinStandardHelpOptions = true, versionProvider = ConvAtlasVersion.class,
        description = "Open the ConvAtlas window.")
final class AppCommand implements Callable<Integer> {

    /** The windows whose start-up can be measured. */
    enum StartupProbe { window, empty, themed }

    private final Runnable openWindow;

    @Option(names = "--pace-probe", hidden = true, paramLabel = "LESSON:PRESET:SECONDS",
            converter = PaceProbeConverter.class)
    private PaceProbeSpec paceProbe;

    @Option(names = "--startup-probe", hidden = true)
    private StartupProbe startupProbe;

    AppCommand(Runnable openWindow) {
        this.openWindow = openWindow;
    }

    @Override
    public Integer call() {
        if (paceProbe != null) {
            Application.launch(ProbeApp.class, "--pace=" + paceProbe);
        } else if (startupProbe == StartupProbe.window) {
            Application.launch(ProbeApp.class, "--first-frame");
        } else if (startupProbe == StartupProbe.empty) {
            Application.launch(EmptyWindowApp.class);
        } else if (startupProbe == StartupProbe.themed) {
            Application.launch(EmptyWindowApp.class, "--themed");
        } else {
            openWindow.run();
        }
        return ExitCodes.OK;
    }

    /** Reads a pace probe; picocli shows the plain message of a text not in the form. */
    static final class PaceProbeConverter implements ITypeConverter<PaceProbeSpec> {
        @Override
        public PaceProbeSpec convert(String text) {
            try {
                return PaceProbeSpec.parse(text);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }
}
