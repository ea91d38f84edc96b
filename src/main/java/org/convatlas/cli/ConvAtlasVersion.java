package org.convatlas.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/**
 * The version for {@code --version}: the project version Maven records in the jar
 * ({@code META-INF/maven/org.convatlas/convatlas/pom.properties}), or a note that this is not a packaged build.
 */
final class ConvAtlasVersion implements IVersionProvider {

    private static final String POM_PROPERTIES = "/META-INF/maven/org.convatlas/convatlas/pom.properties";

    @Override
    public String[] getVersion() throws IOException {
        return new String[] {"convatlas " + projectVersion(), "Java " + Runtime.version()};
    }

    private static String projectVersion() throws IOException {
        try (InputStream in = ConvAtlasVersion.class.getResourceAsStream(POM_PROPERTIES)) {
            if (in == null) {
                return "(development build, not packaged)";
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version", "(unknown version)");
        }
    }
}
