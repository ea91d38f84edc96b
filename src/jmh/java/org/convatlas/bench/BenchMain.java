package org.convatlas.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Runs JMH ({@code org.openjdk.jmh.Main}) with the given arguments after creating the folder of the results file
 * named by {@code -rff}, which JMH does not create.
 */
public final class BenchMain {

    private BenchMain() {
    }

    public static void main(String[] args) throws IOException, Exception {
        for (int a = 0; a + 1 < args.length; a++) {
            if (args[a].equals("-rff")) {
                Path parent = Path.of(args[a + 1]).toAbsolutePath().getParent();
                Files.createDirectories(parent);
            }
        }
        org.openjdk.jmh.Main.main(args);
    }
}
