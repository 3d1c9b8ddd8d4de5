package org.theorykit.jupyter;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Runs a cell: Java code and the IJava magics readers know from other Java notebooks, in order.
 * <ul>
 *   <li>{@code %classpath PATH...} (alias {@code %jars}): adds jars or class directories; a
 *       trailing {@code *} or a glob in the file name adds every match;</li>
 *   <li>{@code %load FILE}: runs a {@code .jsh}/{@code .java} file's code as if it stood in the cell;</li>
 *   <li>{@code %maven G:A:V...}: resolves artifacts and their runtime dependencies from Maven
 *       Central with the {@link MavenResolver} and adds them;</li>
 *   <li>{@code %%time} on the first line: runs the rest of the cell and prints its wall time.</li>
 * </ul>
 * A line magic stands on a line of its own; an unknown magic is an error that lists the known ones.
 */
final class CellRunner {

    private static final String KNOWN = "%classpath, %jars, %load, %maven, %%time";

    private final JavaSession session;
    private final Path workingDirectory;
    private final MavenResolver maven;

    CellRunner(JavaSession session, Path workingDirectory, MavenResolver maven) {
        this.session = session;
        this.workingDirectory = workingDirectory;
        this.maven = maven;
    }

    /** Runs the cell; the outcome is that of its last piece of Java code. */
    JavaSession.Outcome run(String cell) throws CellFailure {
        String[] lines = cell.split("\n", -1);
        int first = 0;
        while (first < lines.length && lines[first].isBlank()) {
            first++;
        }
        if (first < lines.length && lines[first].strip().startsWith("%%")) {
            List<String> words = words(lines[first].strip().substring(2));
            String body = String.join("\n", Arrays.asList(lines).subList(first + 1, lines.length));
            return cellMagic(words.get(0), words.subList(1, words.size()), body);
        }
        JavaSession.Outcome outcome = JavaSession.Outcome.NONE;
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.strip().startsWith("%")) {
                outcome = runCode(code.toString(), outcome);
                code.setLength(0);
                code.append("\n".repeat(i + 1)); // keeps the cell's line numbers in later compile errors
                List<String> words = words(line.strip().substring(1));
                outcome = lineMagic(words.get(0), words.subList(1, words.size()), outcome);
            } else {
                code.append(line).append('\n');
            }
        }
        return runCode(code.toString(), outcome);
    }

    private JavaSession.Outcome runCode(String code, JavaSession.Outcome previous) throws CellFailure {
        return code.isBlank() ? previous : session.run(code);
    }

    private JavaSession.Outcome cellMagic(String name, List<String> args, String body) throws CellFailure {
        if (!name.equals("time")) {
            throw unknown("%%" + name);
        }
        long start = System.nanoTime();
        try {
            return run(body);
        } finally {
            System.out.println(String.format(Locale.ROOT, "wall time: %.3f s", (System.nanoTime() - start) / 1e9));
        }
    }

    private JavaSession.Outcome lineMagic(String name, List<String> args, JavaSession.Outcome previous)
            throws CellFailure {
        switch (name) {
            case "classpath", "jars" -> {
                List<Path> added = new ArrayList<>();
                for (String arg : requireArgs(name, args, "PATH...")) {
                    added.addAll(resolve(arg));
                }
                added.forEach(p -> session.addToClasspath(p.toString()));
                System.out.println("added to the class path: " + added);
                return previous;
            }
            case "load" -> {
                Path file = workingDirectory.resolve(requireArgs(name, args, "FILE").get(0));
                try {
                    return session.run(Files.readString(file));
                } catch (IOException e) {
                    throw new CellFailure("LoadError", "cannot read " + file + ": " + e.getMessage(),
                            List.of("%load " + file + ": " + e));
                }
            }
            case "maven" -> {
                List<Path> jars = maven.resolve(requireArgs(name, args, "GROUP:ARTIFACT:VERSION..."));
                jars.forEach(p -> session.addToClasspath(p.toString()));
                System.out.println("added " + jars.size() + " jar(s) from Maven Central: " + jars);
                return previous;
            }
            default -> throw unknown("%" + name);
        }
    }

    /** A path, or every file matching a glob in its last part ({@code lib/*.jar}, {@code lib/*}). */
    private List<Path> resolve(String arg) throws CellFailure {
        Path path = workingDirectory.resolve(arg).normalize();
        String last = path.getFileName() == null ? "" : path.getFileName().toString();
        if (!last.contains("*") && !last.contains("?")) {
            if (!Files.exists(path)) {
                throw new CellFailure("ClasspathError", "no such file or directory: " + path,
                        List.of("%classpath: no such file or directory: " + path));
            }
            return List.of(path);
        }
        List<Path> matches = new ArrayList<>();
        try (DirectoryStream<Path> dir = Files.newDirectoryStream(path.getParent(), last.equals("*") ? "*.jar" : last)) {
            dir.forEach(matches::add);
        } catch (IOException e) {
            throw new CellFailure("ClasspathError", "cannot list " + path.getParent() + ": " + e.getMessage(),
                    List.of("%classpath " + arg + ": " + e));
        }
        if (matches.isEmpty()) {
            throw new CellFailure("ClasspathError", "nothing matches " + path, List.of("%classpath: nothing matches " + path));
        }
        matches.sort(null);
        return matches;
    }

    private static List<String> requireArgs(String magic, List<String> args, String usage) throws CellFailure {
        if (args.isEmpty()) {
            throw new CellFailure("MagicError", "%" + magic + " needs arguments: %" + magic + " " + usage,
                    List.of("usage: %" + magic + " " + usage));
        }
        return args;
    }

    private static CellFailure unknown(String magic) {
        return new CellFailure("UnknownMagic", magic + " is not a magic of this kernel; known: " + KNOWN,
                List.of(magic + " is not a magic of this kernel; known: " + KNOWN));
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>(Arrays.asList(text.strip().split("\\s+")));
        if (words.isEmpty() || words.get(0).isEmpty()) {
            return List.of("");
        }
        return words;
    }
}
