package org.theorykit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The notebooks' kernel imports every toolkit package but {@code bench} with a wildcard
 * (environment/setup.sh writes the imports from the jar), so two public top-level types with the same
 * simple name in two packages would make that name ambiguous in every notebook cell.
 */
class SimpleNamesTest {

    private static final Pattern PUBLIC_TYPE = Pattern.compile(
            "^public (?:(?:final|abstract|sealed|non-sealed) )*(?:class|interface|record|enum|@interface) (\\w+)",
            Pattern.MULTILINE);

    @Test
    void publicTypesHaveUniqueSimpleNames() {
        assertEquals(Map.of(), duplicates(Path.of("src/main/java/org/theorykit")));
    }

    @Test
    void aPlantedDuplicateIsFound(@TempDir Path root) throws IOException {
        write(root, "kernel/Kernel.java", "package org.theorykit.kernel;\n\npublic interface Kernel {\n}\n");
        write(root, "nn/engine/Kernel.java", "package org.theorykit.nn.engine;\n\npublic final class Kernel {\n}\n");
        write(root, "nn/Hidden.java", "package org.theorykit.nn;\n\nfinal class Kernel {\n}\n");
        write(root, "bench/Kernel.java", "package org.theorykit.bench;\n\npublic final class Kernel {\n}\n");
        assertEquals(Map.of("Kernel", "kernel, nn/engine"), duplicates(root));
    }

    private static void write(Path root, String file, String text) throws IOException {
        Path path = root.resolve(file);
        Files.createDirectories(path.getParent());
        Files.writeString(path, text);
    }

    /** Simple name → the packages (directories under root) that declare a public type of that name, if more than one. */
    static Map<String, String> duplicates(Path root) {
        Map<String, TreeSet<String>> where = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String pkg = root.relativize(file.getParent()).toString().replace('\\', '/');
                if (pkg.equals("bench") || pkg.startsWith("bench/")) {
                    continue;
                }
                var m = PUBLIC_TYPE.matcher(Files.readString(file));
                if (m.find()) {
                    where.computeIfAbsent(m.group(1), k -> new TreeSet<>()).add(pkg);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return where.entrySet().stream().filter(e -> e.getValue().size() > 1).collect(Collectors.toMap(
                Map.Entry::getKey, e -> String.join(", ", e.getValue()), (a, b) -> a, TreeMap::new));
    }
}
