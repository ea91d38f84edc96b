package org.convatlas.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.text.Format;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Both languages say everything, with the same placeholders, in patterns MessageFormat accepts. */
class BundleCompletenessTest {

    private static final Pattern ARGUMENT = Pattern.compile("\\{\\s*(\\d+)\\s*[,}]");
    private static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");

    private final Properties english = BundleFiles.read(BundleFiles.ENGLISH);
    private final Properties chinese = BundleFiles.read(BundleFiles.CHINESE);

    @Test
    void bundlesAreNotTrivial() {
        assertTrue(english.size() > 50, "English bundle has only " + english.size() + " keys");
    }

    @Test
    void everyKeyIsInBothBundles() {
        assertEquals(new TreeSet<>(english.stringPropertyNames()), new TreeSet<>(chinese.stringPropertyNames()),
                "messages.properties and messages_zh_CN.properties must have the same keys");
    }

    @Test
    void everyKeyHasTheSamePlaceholdersInBothBundles() {
        List<String> differences = new ArrayList<>();
        for (String key : new TreeSet<>(english.stringPropertyNames())) {
            String zh = chinese.getProperty(key);
            if (zh == null) {
                continue; // reported by everyKeyIsInBothBundles
            }
            Map<Integer, String> en = placeholders(english.getProperty(key));
            Map<Integer, String> cn = placeholders(zh);
            if (!en.equals(cn)) {
                differences.add(key + ": English " + en + ", Chinese " + cn);
            }
        }
        assertTrue(differences.isEmpty(), "placeholders differ:\n" + String.join("\n", differences));
    }

    @Test
    void noValueHasALoneApostrophe() {
        List<String> offenders = new ArrayList<>();
        for (Properties bundle : List.of(english, chinese)) {
            for (String key : bundle.stringPropertyNames()) {
                if (LONE_APOSTROPHE.matcher(bundle.getProperty(key)).find()) {
                    offenders.add(key + "=" + bundle.getProperty(key));
                }
            }
        }
        assertTrue(offenders.isEmpty(),
                "MessageFormat drops a lone ' (write '' or ’):\n" + String.join("\n", offenders));
    }

    @Test
    void placeholderReaderSeesIndicesAndFormats() {
        assertEquals(Map.of(0, "DecimalFormat", 1, "-"), placeholders("Step {0,number,integer} of {1}"));
        assertEquals(Map.of(), placeholders("no arguments"));
    }

    /** Each argument index the pattern uses, with the kind of format applied to it ("-" for none). */
    private static Map<Integer, String> placeholders(String pattern) {
        Format[] formats;
        try {
            formats = new MessageFormat(pattern).getFormatsByArgumentIndex();
        } catch (IllegalArgumentException e) {
            fail("not a MessageFormat pattern: " + pattern + " (" + e.getMessage() + ")");
            return Map.of();
        }
        Map<Integer, String> found = new TreeMap<>();
        Matcher m = ARGUMENT.matcher(pattern);
        while (m.find()) {
            int index = Integer.parseInt(m.group(1));
            found.put(index, formats[index] == null ? "-" : formats[index].getClass().getSimpleName());
        }
        return found;
    }
}
