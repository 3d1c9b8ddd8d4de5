package org.theorykit.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassesFingerprintTest {

    @TempDir
    Path dir;

    private Path classes(String name, byte[] bytes) throws Exception {
        Path root = Files.createDirectories(dir.resolve(name));
        Path file = Files.createDirectories(root.resolve("org/theorykit/a")).resolve("A.class");
        Files.write(file, bytes);
        Files.writeString(root.resolve("org/theorykit/version.properties"), "not a class " + name);
        return root;
    }

    @Test
    void changesWithTheClassesOnlyAndAgreesBetweenDirectoryAndJar() throws Exception {
        String one = ClassesFingerprint.of(classes("one", new byte[] {1, 2, 3}));
        assertEquals(16, one.length());
        assertEquals(one, ClassesFingerprint.of(classes("same", new byte[] {1, 2, 3})), "other non-class files");
        assertNotEquals(one, ClassesFingerprint.of(classes("other", new byte[] {1, 2, 4})));
        Path jar = dir.resolve("toolkit.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new JarEntry("org/theorykit/a/A.class"));
            out.write(new byte[] {1, 2, 3});
            out.closeEntry();
        }
        assertEquals(one, ClassesFingerprint.of(jar));
    }

    @Test
    void theVersionCarriesAFingerprintOutsideTheLauncherToo() {
        assertTrue(Workspace.toolkitVersion().matches("0\\.1\\.0\\+(classes-)?[0-9a-f]{16}"), Workspace.toolkitVersion());
    }
}
