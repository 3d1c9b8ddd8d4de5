package org.theorykit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The toolkit's layering, read off the imports of the main sources: linalg / objective / stats → nn (with
 * nn.engine) and data beside it → optim → landscape / dynamics / robust / kernel / compositionality /
 * pruning / memorization → experiment and bench; display and plot are the presentation layer that only
 * experiment (and the notebooks) use. A package may import its own layer and the layers below it,
 * never one above, and only the top layer may import the presentation layer; the presentation layer
 * may import every layer but the top (it draws what they produce, e.g. a bar as an optim listener).
 */
class LayeringTest {

    private static final int PRESENTATION = -1;
    private static final int TOP = 4;

    /** Layer of every package (a package's sub-packages share its layer); PRESENTATION is apart. */
    private static final Map<String, Integer> LAYERS = Map.ofEntries(
            Map.entry("", 0), Map.entry("linalg", 0), Map.entry("objective", 0), Map.entry("stats", 0),
            Map.entry("nn", 1), Map.entry("data", 1),
            Map.entry("optim", 2),
            Map.entry("landscape", 3), Map.entry("dynamics", 3), Map.entry("robust", 3), Map.entry("kernel", 3),
            Map.entry("compositionality", 3), Map.entry("pruning", 3), Map.entry("memorization", 3),
            Map.entry("experiment", 4), Map.entry("bench", 4),
            Map.entry("display", PRESENTATION), Map.entry("plot", PRESENTATION),
            Map.entry("table", PRESENTATION));

    private static final Pattern PACKAGE = Pattern.compile("^package org\\.theorykit(\\.[a-z0-9.]+)?;", Pattern.MULTILINE);
    private static final Pattern IMPORT = Pattern.compile(
            "^import (?:static )?org\\.theorykit((?:\\.[a-z][a-z0-9]*)*)\\.([A-Z][\\w.]*|\\*);", Pattern.MULTILINE);

    private static final Path MAIN = Path.of("src/main/java/org/theorykit");

    @Test
    void noPackageImportsOneAboveIt() {
        assertEquals(List.of(), violations(MAIN), "imports against the layering (see the class comment)");
    }

    /** The check itself: an upward import, an import of the presentation layer and an unknown package are found. */
    @Test
    void plantedViolationsAreFound(@TempDir Path root) throws IOException {
        write(root, "nn/Model.java", "package org.theorykit.nn;\n\nimport org.theorykit.landscape.Sharpness;\n");
        write(root, "optim/Optimizer.java", "package org.theorykit.optim;\n\nimport static org.theorykit.plot.Figures.xy;\n"
                + "import org.theorykit.nn.Model;\nimport org.theorykit.objective.Objective;\n");
        write(root, "data/ImageDataset.java", "package org.theorykit.data;\n\nimport org.theorykit.experiment.*;\n");
        write(root, "novel/Thing.java", "package org.theorykit.novel;\n\nimport org.theorykit.nn.Model;\n");
        write(root, "experiment/Runner.java", "package org.theorykit.experiment;\n\nimport org.theorykit.display.ProgressBar;\n"
                + "import org.theorykit.nn.engine.Engines;\n");
        write(root, "display/TrainingProgress.java", "package org.theorykit.display;\n\n"
                + "import org.theorykit.optim.TrainingListener;\nimport org.theorykit.experiment.Workspace;\n");
        assertEquals(List.of(
                "data/ImageDataset.java imports org.theorykit.experiment.*",
                "display/TrainingProgress.java imports org.theorykit.experiment.Workspace",
                "nn/Model.java imports org.theorykit.landscape.Sharpness",
                "novel/Thing.java is in package novel, which has no layer in LayeringTest.LAYERS",
                "optim/Optimizer.java imports org.theorykit.plot.Figures.xy"), violations(root));
    }

    private static void write(Path root, String file, String text) throws IOException {
        Path path = root.resolve(file);
        Files.createDirectories(path.getParent());
        Files.writeString(path, text);
    }

    /** "file imports name" for every import against the layering under root, sorted. */
    static List<String> violations(Path root) {
        Set<String> out = new TreeSet<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String text = Files.readString(file);
                String name = root.relativize(file).toString().replace('\\', '/');
                Matcher p = PACKAGE.matcher(text);
                String from = p.find() && p.group(1) != null ? p.group(1).substring(1) : "";
                Integer fromLayer = layer(from);
                if (fromLayer == null) {
                    out.add(name + " is in package " + from + ", which has no layer in LayeringTest.LAYERS");
                    continue;
                }
                Matcher m = IMPORT.matcher(text);
                while (m.find()) {
                    String to = m.group(1).isEmpty() ? "" : m.group(1).substring(1);
                    Integer toLayer = layer(to);
                    if (toLayer == null || !allowed(fromLayer, toLayer)) {
                        out.add(name + " imports org.theorykit" + m.group(1) + "." + m.group(2));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ArrayList<>(out);
    }

    private static boolean allowed(int from, int to) {
        if (to == PRESENTATION) {
            return from == TOP || from == PRESENTATION;
        }
        if (from == PRESENTATION) {
            return to < TOP;
        }
        return to <= from;
    }

    /** The layer of a package or of its nearest listed parent (nn.engine → nn); null if none is listed. */
    private static Integer layer(String pkg) {
        String p = pkg;
        while (!LAYERS.containsKey(p)) {
            int dot = p.lastIndexOf('.');
            if (dot < 0) {
                return null;
            }
            p = p.substring(0, dot);
        }
        return LAYERS.get(p);
    }
}
