package org.convatlas.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The bundles write mathematics as it is printed, not as it is typed: a transposed matrix is Cᵀ, not C^T. */
class NotationTest {

    private static final Pattern TYPED_TRANSPOSE = Pattern.compile("\\^\\{?T\\}?");

    @Test
    void aTransposedMatrixIsWrittenWithASuperscriptT() {
        for (String bundle : List.of(BundleFiles.ENGLISH, BundleFiles.CHINESE)) {
            Properties entries = BundleFiles.read(bundle);
            for (String key : entries.stringPropertyNames()) {
                String text = entries.getProperty(key);
                assertTrue(!TYPED_TRANSPOSE.matcher(text).find(), bundle + " " + key + " = " + text);
            }
        }
        assertEquals("Cᵀ 16×4", I18n.format(Locale.ENGLISH, "figure.matrix.transposed", 16, 4));
        assertEquals("x′ = Cᵀ y′ 4×4", I18n.format(Locale.SIMPLIFIED_CHINESE, "figure.matrix.result", 4, 4));
    }
}
