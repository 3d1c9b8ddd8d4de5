package org.theorykit.experiment;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * A fingerprint of compiled code: the SHA-256 over the names and bytes of every {@code .class} file
 * under {@code org/theorykit/} in the directory or jar a class was loaded from, in name order. The
 * same sources compile to the same bytes, so the fingerprint changes exactly when the code does
 * (not with a jar's timestamps).
 */
final class ClassesFingerprint {

    private ClassesFingerprint() {
    }

    /** The first 16 hex digits of the fingerprint of the code that holds {@code anchor}. */
    static String of(Class<?> anchor) {
        try {
            return of(Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI()));
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot locate the toolkit's classes", e);
        }
    }

    /** The first 16 hex digits of the fingerprint of the classes in {@code location}, a directory or a jar. */
    static String of(Path location) {
        try {
            Map<String, byte[]> classes = Files.isDirectory(location) ? fromDirectory(location) : fromJar(location);
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            classes.forEach((name, bytes) -> {
                sha.update(name.getBytes(StandardCharsets.UTF_8));
                sha.update(bytes);
            });
            return HexFormat.of().formatHex(sha.digest(), 0, 8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot fingerprint the toolkit's classes", e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot fingerprint the toolkit's classes", e);
        }
    }

    private static Map<String, byte[]> fromDirectory(Path root) throws IOException {
        Map<String, byte[]> classes = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root.resolve("org/theorykit"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                classes.put(root.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
            }
        }
        return classes;
    }

    private static Map<String, byte[]> fromJar(Path jar) throws IOException {
        Map<String, byte[]> classes = new TreeMap<>();
        try (JarFile file = new JarFile(jar.toFile())) {
            List<JarEntry> entries = file.stream()
                    .filter(e -> e.getName().startsWith("org/theorykit/") && e.getName().endsWith(".class")).toList();
            for (var entry : entries) {
                try (InputStream in = file.getInputStream(entry)) {
                    classes.put(entry.getName(), in.readAllBytes());
                }
            }
        }
        return classes;
    }
}
