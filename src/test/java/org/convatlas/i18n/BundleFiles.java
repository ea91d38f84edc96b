package org.convatlas.i18n;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/** The message bundles read as plain files, so that a key missing from one is not hidden by the other. */
public final class BundleFiles {

    public static final String ENGLISH = "/org/convatlas/i18n/messages.properties";
    public static final String CHINESE = "/org/convatlas/i18n/messages_zh_CN.properties";

    private BundleFiles() {
    }

    /** The entries of one bundle file on the classpath, read as UTF-8. */
    public static Properties read(String resource) {
        try (InputStream in = BundleFiles.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no resource " + resource);
            }
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                Properties entries = new Properties();
                entries.load(reader);
                return entries;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
