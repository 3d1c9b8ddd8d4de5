package org.theorykit.experiment;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Properties;
import org.theorykit.data.DataDirectory;

/**
 * Where the project lives on disk and which toolkit version runs: the root is
 * {@link DataDirectory#projectRoot()} (the system property {@code theorykit.home}, else the
 * environment variable {@code THEORYKIT_HOME}, else the nearest parent of the working directory
 * that holds {@code toolkit/} and {@code notebooks/}). Results go to {@code data/results/} unless
 * {@code theorykit.results} / {@code THEORYKIT_RESULTS} names another directory (the test command
 * uses a fresh one, so notebooks under test compute everything).
 */
public final class Workspace {

    private static final String VERSION = readVersion();

    private Workspace() {
    }

    /** The repository root ({@link DataDirectory#projectRoot()}). */
    public static Path root() {
        return DataDirectory.projectRoot();
    }

    /** {@code data/} under the root: datasets brought in by the set-up, and cached results. */
    public static Path dataDirectory() {
        return DataDirectory.path();
    }

    /** {@code data/results/<experiment>/}, or the same under {@code THEORYKIT_RESULTS}. */
    public static Path resultsDirectory(String experiment) {
        String results = System.getProperty("theorykit.results", System.getenv("THEORYKIT_RESULTS"));
        Path base = results != null && !results.isBlank() ? Path.of(results) : dataDirectory().resolve("results");
        return base.toAbsolutePath().resolve(experiment);
    }

    /**
     * The toolkit's version and the fingerprint of the code that runs: the source fingerprint the
     * set-up passes to the build (e.g. {@code 0.1.0+3fa2c1d09b7e4a21}), or, in a build without one
     * (an IDE, a plain {@code mvn test}), {@code 0.1.0+classes-} and the SHA-256 of the toolkit's
     * compiled classes (e.g. {@code 0.1.0+classes-9c04d1e2aa7b3f10}). Recorded in every result's
     * provenance and part of every cache key, so results computed by other code are never read back
     * as current.
     */
    public static String toolkitVersion() {
        return VERSION;
    }

    private static String readVersion() {
        try (InputStream in = Workspace.class.getResourceAsStream("/org/theorykit/version.properties")) {
            Properties p = new Properties();
            if (in != null) {
                p.load(in);
            }
            String fingerprint = p.getProperty("fingerprint", "");
            String version = p.getProperty("version", "unknown");
            return version + "+" + (fingerprint.isBlank() || fingerprint.startsWith("$")
                    ? "classes-" + ClassesFingerprint.of(Workspace.class) : fingerprint);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
