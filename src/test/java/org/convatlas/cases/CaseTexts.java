package org.convatlas.cases;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Case files as text, for tests. */
final class CaseTexts {

    /** A complete conv2d case; tests change one thing at a time. */
    static final String TINY_CONV2D = """
            {
              "name": "tiny",
              "op": "conv2d",
              "params": {"stride": [1, 1], "pads": [0, 0, 0, 0], "dilation": [1, 1], "groups": 1, "flip": false},
              "inputs": {
                "x": {"shape": [1, 2, 2], "data": [1, 2, 3, 4]},
                "w": {"shape": [1, 1, 1, 1], "data": [2]}
              },
              "expected": {"y": {"shape": [1, 2, 2], "data": [2, 4, 6, 8]}},
              "multiplies": 4,
              "tolerance": 0.001,
              "source": "by hand"
            }
            """;

    /** The text of a reference case under {@code cases/} on the test class path. */
    static String reference(String fileName) {
        try (InputStream in = CaseTexts.class.getResourceAsStream("/cases/" + fileName)) {
            if (in == null) {
                throw new IllegalArgumentException("no reference case " + fileName);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private CaseTexts() {
    }
}
