package org.convatlas.ui;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

/**
 * An X display of a test's own: Xvfb (an X server that draws into memory, without a GPU) on a display number it
 * picks itself among the free ones, stopped on {@link #close}.
 */
final class VirtualDisplay implements AutoCloseable {

    /** How to get Xvfb where it is missing. */
    static final String INSTALL = "apt-get install -y xvfb libgtk-3-0";

    private final Process server;
    private final String name;

    private VirtualDisplay(Process server, String name) {
        this.server = server;
        this.name = name;
    }

    /** Starts Xvfb with one screen of {@code width} × {@code height} pixels in 24-bit colour. */
    static VirtualDisplay start(int width, int height) throws IOException {
        Path xvfb = onPath("Xvfb").orElseThrow(() -> new IllegalStateException(
                "Xvfb is not installed, so the popups cannot be drawn on an X display: install it (" + INSTALL
                        + " on Debian or Ubuntu; .ci/run does)"));
        Path log = Files.createTempFile("xvfb", ".log");
        // -displayfd 1: Xvfb takes the first free display number and writes it on its standard output
        Process server = new ProcessBuilder(xvfb.toString(), "-displayfd", "1", "-screen", "0",
                width + "x" + height + "x24", "-nolisten", "tcp").redirectError(log.toFile()).start();
        // left open: Xvfb would die of a closed pipe if it wrote again
        String number = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.US_ASCII))
                .readLine();
        String complaints = Files.readString(log);
        Files.delete(log);
        if (number == null) {
            server.destroy();
            throw new IllegalStateException("Xvfb did not start: " + complaints);
        }
        return new VirtualDisplay(server, ":" + number.strip());
    }

    /** The value of {@code DISPLAY} that names it, such as {@code :1}. */
    String name() {
        return name;
    }

    @Override
    public void close() throws InterruptedException {
        server.destroy();
        server.waitFor();
    }

    /** The executable {@code command} in a folder of {@code PATH}, if there is one. */
    private static Optional<Path> onPath(String command) {
        String path = System.getenv().getOrDefault("PATH", "");
        return Arrays.stream(path.split(File.pathSeparator)).map(folder -> Path.of(folder, command))
                .filter(Files::isExecutable).findFirst();
    }
}
