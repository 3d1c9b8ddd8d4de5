package org.theorykit.data;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the datasets live: {@code data/} under the project root. The root is the system property
 * {@code theorykit.home}, else the environment variable {@code THEORYKIT_HOME} (both set by the
 * launcher and the kernel spec), else the nearest parent of the working directory that holds
 * {@code toolkit/} and {@code notebooks/}. {@code experiment}'s {@code Workspace} reads the same root
 * (its results directory sits under it), so this package needs nothing from {@code experiment}.
 */
public final class DataDirectory {

    private DataDirectory() {
    }

    /** The repository root. */
    public static Path projectRoot() {
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
    public static Path path() {
        return projectRoot().resolve("data");
    }
}
