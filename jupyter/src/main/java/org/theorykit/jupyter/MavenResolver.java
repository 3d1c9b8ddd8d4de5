package org.theorykit.jupyter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Resolves {@code group:artifact:version} coordinates and their runtime dependencies with Maven
 * itself (the {@code mvn} the set-up already requires): a throw-away POM declaring them, and
 * {@code dependency:build-classpath}. Artifacts land in the user's local repository as in any
 * Maven build. Costs no jar in the kernel; each call starts a Maven JVM (seconds).
 */
final class MavenResolver {

    private static final Pattern COORDINATES = Pattern.compile("[\\w.\\-]+:[\\w.\\-]+:[\\w.\\-]+");

    /** The plugin version the project's own build uses, so it is in the local repository already. */
    private static final String PLUGIN = "org.apache.maven.plugins:maven-dependency-plugin:3.8.1";

    private final String mvn;

    MavenResolver(String mvn) {
        this.mvn = mvn;
    }

    /** The jars of the artifacts and of their runtime dependencies. */
    List<Path> resolve(List<String> coordinates) throws CellFailure {
        StringBuilder deps = new StringBuilder();
        for (String c : coordinates) {
            if (!COORDINATES.matcher(c).matches()) {
                throw failure("'" + c + "' is not group:artifact:version", List.of());
            }
            String[] g = c.split(":");
            deps.append("<dependency><groupId>").append(g[0]).append("</groupId><artifactId>").append(g[1])
                    .append("</artifactId><version>").append(g[2]).append("</version></dependency>");
        }
        try {
            Path dir = Files.createTempDirectory("theorykit-maven");
            Path pom = dir.resolve("pom.xml");
            Path classpath = dir.resolve("classpath.txt");
            Files.writeString(pom, "<project xmlns=\"http://maven.apache.org/POM/4.0.0\"><modelVersion>4.0.0</modelVersion>"
                    + "<groupId>notebook</groupId><artifactId>maven-magic</artifactId><version>1</version>"
                    + "<dependencies>" + deps + "</dependencies></project>");
            Process process = new ProcessBuilder(mvn, "-q", "-B", "-f", pom.toString(), PLUGIN + ":build-classpath",
                    "-Dmdep.outputFile=" + classpath, "-Dmdep.includeScope=runtime")
                    .redirectErrorStream(true).start();
            String log = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (process.waitFor() != 0 || !Files.exists(classpath)) {
                throw failure("Maven could not resolve " + coordinates, log.lines().limit(20).toList());
            }
            List<Path> jars = new ArrayList<>();
            for (String entry : Files.readString(classpath).strip().split(java.io.File.pathSeparator)) {
                if (!entry.isBlank()) {
                    jars.add(Path.of(entry));
                }
            }
            return jars;
        } catch (IOException e) {
            throw failure("cannot run '" + mvn + "' (is Maven installed and on PATH?): " + e.getMessage(), List.of());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw failure("interrupted while Maven was resolving " + coordinates, List.of());
        }
    }

    private static CellFailure failure(String message, List<String> log) {
        List<String> lines = new ArrayList<>();
        lines.add("%maven: " + message);
        lines.addAll(log);
        return new CellFailure("MavenError", message, lines);
    }
}
