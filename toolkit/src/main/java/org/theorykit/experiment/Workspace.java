package org.theorykit.experiment;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * Where the project lives on disk and which toolkit version runs: the root is the system
 * property {@code theorykit.home}, else the environment variable {@code THEORYKIT_HOME} (both
 * set by the launcher and the kernel spec), else the nearest parent of the working directory
 * that holds {@code toolkit/} and {@code notebooks/}.
 */
public final class Workspace {

    private static final String VERSION = readVersion();

    private Workspace() {
    }

    /** The repository root. */
    public static Path root() {
        String home = System.getProperty("theorykit.home", System.getenv("THEORYKIT_HOME"));
        if (home != null && !home.isBlank()) {
            return Path.of(home).toAbsolutePath();
        }
        Path cwd = Path.of("").toAbsolutePath();
        for (Path p = cwd; p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("toolkit")) && Files.isDirectory(p.resolve("notebooks"))) {
                return p;
            }
        }
        return cwd;
    }

    /** {@code data/} under the root: datasets brought in by the set-up, and cached results. */
    public static Path dataDirectory() {
        return root().resolve("data");
    }

    /** {@code data/results/<experiment>/}. */
    public static Path resultsDirectory(String experiment) {
        return dataDirectory().resolve("results").resolve(experiment);
    }

    /** The toolkit's version, recorded in every result's provenance. */
    public static String toolkitVersion() {
        return VERSION;
    }

    private static String readVersion() {
        try (InputStream in = Workspace.class.getResourceAsStream("/org/theorykit/version.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
