package org.theorykit.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs {@code pytorch_reference.py} (packaged next to this class) in a Python subprocess and reads its
 * timings: one JSON object per line, {@code {"name", "median_s", "min_s", "max_s", "repeats"}}.
 * Debian's {@code /usr/bin/python3} is preferred, since that is where {@code python3-torch} installs.
 */
final class PytorchReference {

    /** One workload as PyTorch timed it, in seconds. */
    record Timed(String name, double median, double min, double max, int repeats) {
    }

    private static final Pattern FIELD = Pattern.compile("\"(\\w+)\"\\s*:\\s*(?:\"([^\"]*)\"|([-+0-9.eE]+|NaN))");

    private PytorchReference() {
    }

    /**
     * The reference timings by workload name, empty when Python or torch is missing (the script's reason
     * goes to standard error). {@code only} holds name prefixes; empty means every workload.
     */
    static Map<String, Timed> run(int warmups, int repeats, List<String> only) throws IOException, InterruptedException {
        Path script = Files.createTempFile("pytorch_reference", ".py");
        try (InputStream in = PytorchReference.class.getResourceAsStream("pytorch_reference.py")) {
            if (in == null) {
                throw new IllegalStateException("pytorch_reference.py is missing from the class path; rebuild the toolkit jar");
            }
            Files.copy(in, script, StandardCopyOption.REPLACE_EXISTING);
        }
        List<String> command = new ArrayList<>(List.of(python(), script.toString(),
                "--warmup", String.valueOf(warmups), "--repeats", String.valueOf(repeats)));
        if (!only.isEmpty()) {
            command.addAll(List.of("--only", String.join(",", only)));
        }
        Map<String, Timed> timings = new LinkedHashMap<>();
        try {
            Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
            try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                out.lines().map(PytorchReference::parse).flatMap(Optional::stream)
                        .forEach(timed -> timings.put(timed.name(), timed));
            }
            int exit = process.waitFor();
            if (exit != 0) {
                System.err.println("PyTorch reference exited with status " + exit + "; its missing rows print as -");
            }
        } catch (IOException e) {
            System.err.println("PyTorch reference not run: " + e.getMessage());
        } finally {
            Files.deleteIfExists(script);
        }
        return timings;
    }

    /** One line of the script's output as a timing, or empty when the line is not one. */
    static Optional<Timed> parse(String line) {
        Map<String, String> fields = new HashMap<>();
        Matcher m = FIELD.matcher(line);
        while (m.find()) {
            fields.put(m.group(1), m.group(2) != null ? m.group(2) : m.group(3));
        }
        if (!line.strip().startsWith("{") || !fields.keySet().containsAll(List.of("name", "median_s", "min_s", "max_s", "repeats"))) {
            return Optional.empty();
        }
        return Optional.of(new Timed(fields.get("name"), Double.parseDouble(fields.get("median_s")),
                Double.parseDouble(fields.get("min_s")), Double.parseDouble(fields.get("max_s")),
                (int) Double.parseDouble(fields.get("repeats"))));
    }

    private static String python() {
        Path debian = Path.of("/usr/bin/python3");
        return Files.isExecutable(debian) ? debian.toString() : "python3";
    }
}
