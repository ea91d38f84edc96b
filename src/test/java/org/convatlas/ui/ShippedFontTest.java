package org.convatlas.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.convatlas.i18n.BundleFiles;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The Chinese font the app ships can draw every character of both bundles. */
class ShippedFontTest {

    static Iterable<String> shippedFonts() {
        return AppFonts.RESOURCES;
    }

    @ParameterizedTest
    @MethodSource("shippedFonts")
    void fontCoversEveryCharacterOfTheBundles(String resource) throws IOException, FontFormatException {
        Font font = read(resource);
        assertEquals(AppFonts.CJK_FAMILY, font.getFamily(java.util.Locale.ENGLISH));

        TreeSet<Integer> used = new TreeSet<>();
        for (String bundle : new String[] {BundleFiles.ENGLISH, BundleFiles.CHINESE}) {
            Properties entries = BundleFiles.read(bundle);
            for (String key : entries.stringPropertyNames()) {
                entries.getProperty(key).codePoints().filter(c -> !Character.isWhitespace(c)).forEach(used::add);
            }
        }
        assertTrue(used.contains((int) '卷'), "the Chinese bundle is not trivial");

        String missing = used.stream().filter(c -> !font.canDisplay(c))
                .map(c -> new String(Character.toChars(c)) + String.format(" (U+%04X)", c))
                .collect(Collectors.joining(", "));
        assertTrue(missing.isEmpty(), resource + " cannot draw " + missing
                + ". Run tools/make-cjk-font.sh to rebuild the font from the bundles.");
    }

    private static Font read(String resource) throws IOException, FontFormatException {
        try (InputStream in = AppFonts.class.getResourceAsStream(resource)) {
            assertNotNull(in, "missing " + resource + ": run tools/make-cjk-font.sh");
            return Font.createFont(Font.TRUETYPE_FONT, in);
        }
    }
}
