package org.theorykit.experiment;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code ./theorykit experiment NAME [key=value ...] [--scale S] [--out FILE.csv] [--fresh] [--spark MASTER]
 * [--debug]}
 * and {@code ./theorykit experiment --list}. Every failure ends in one message on standard error that
 * names the parameter or file and the fix, without a stack trace unless {@code --debug}: exit code 2
 * for bad input (an unknown or repeated parameter, a value out of range, an unwritable output path),
 * 1 for a run that failed (a diverged point, a missing dataset, an unwritable results directory).
 *
 * <p>{@code --out FILE.csv} writes the value table; when the experiment has timing columns they go to
 * {@code FILE.timings.csv} next to it. {@code --spark MASTER} runs the pending points on Apache Spark
 * ({@link Runner#spark}); the cache is the same.
 */
public final class ExperimentCli {

    private static final int FAILED = 1;
    private static final int USAGE = 2;
    private static final String PREFIX = "theorykit experiment: ";

    private ExperimentCli() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs the command and returns its exit code. */
    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0 || args[0].equals("--help") || args[0].equals("-h")) {
            err.println(usage());
            return args.length == 0 ? USAGE : 0;
        }
        if (args[0].equals("--list")) {
            out.print(listing());
            return 0;
        }
        boolean debug = Arrays.asList(args).contains("--debug");
        Command command;
        try {
            command = Command.parse(args);
        } catch (IllegalArgumentException e) {
            return fail(err, USAGE, e.getMessage() + "\n" + SHORT_USAGE, e, debug);
        }
        try {
            Runner runner = command.spark != null ? command.spark
                    : new SweepRunner(Runtime.getRuntime().availableProcessors(), !command.fresh, err::println);
            SweepResult result = runner.runWithTimings(command.experiment, command.params);
            if (command.out == null) {
                out.println(result.values().printAll());
                return 0;
            }
            result.values().write().csv(command.out.toFile());
            err.println("wrote " + result.values().rowCount() + " rows to " + command.out);
            if (hasTimings(command.experiment)) {
                Path timings = timingsPath(command.out);
                result.timings().write().csv(timings.toFile());
                err.println("wrote the timings to " + timings);
            }
            return 0;
        } catch (PointFailedException e) {
            boolean badInput = e.getCause() instanceof IllegalArgumentException;
            return fail(err, badInput ? USAGE : FAILED, e.getMessage(), e, debug);
        } catch (IllegalArgumentException e) {
            return fail(err, USAGE, e.getMessage(), e, debug);
        } catch (RuntimeException e) {
            return fail(err, FAILED, e.getMessage(), e, debug);
        } catch (OutOfMemoryError e) {
            return fail(err, FAILED, "out of memory; set THEORYKIT_HEAP (now -Xmx" + Runtime.getRuntime().maxMemory()
                    / (1 << 20) + "m) higher or run a smaller --scale", e, debug);
        }
    }

    private static boolean hasTimings(Experiment experiment) {
        return !experiment.timingColumns().isEmpty();
    }

    /** {@code FILE.csv} → {@code FILE.timings.csv}. */
    static Path timingsPath(Path out) {
        String name = out.getFileName().toString();
        String stem = name.endsWith(".csv") ? name.substring(0, name.length() - 4) : name;
        return out.resolveSibling(stem + ".timings.csv");
    }

    private static int fail(PrintStream err, int code, String message, Throwable e, boolean debug) {
        err.println(PREFIX + message);
        if (debug) {
            e.printStackTrace(err);
        } else if (code == FAILED) {
            err.println("(run again with --debug for the stack trace)");
        }
        return code;
    }

    /** The parsed command line; every check that needs no computation is made here, before any work. */
    private static final class Command {
        Experiment experiment;
        Params params;
        Path out;
        boolean fresh;
        Runner spark;

        static Command parse(String[] args) {
            Command c = new Command();
            c.experiment = Experiments.get(args[0]);
            Scale scale = null;
            Map<String, String> overrides = new LinkedHashMap<>();
            for (int i = 1; i < args.length; i++) {
                String a = args[i];
                if (a.equals("--out") || a.equals("--scale") || a.equals("--spark")) {
                    if (i + 1 == args.length) {
                        throw new IllegalArgumentException(a + " needs a value");
                    }
                    String value = args[++i];
                    if (a.equals("--out") ? c.out != null : a.equals("--spark") ? c.spark != null : scale != null) {
                        throw new IllegalArgumentException(a + " given twice; give it once");
                    }
                    if (a.equals("--out")) {
                        c.out = writableOutput(value);
                    } else if (a.equals("--spark")) {
                        c.spark = Runner.spark(value);
                    } else {
                        scale = Scale.parse(value);
                    }
                } else if (a.equals("--fresh")) {
                    c.fresh = true;
                } else if (a.equals("--debug")) {
                    continue;
                } else if (a.contains("=") && !a.startsWith("-")) {
                    String key = a.substring(0, a.indexOf('='));
                    String previous = overrides.put(key, a.substring(a.indexOf('=') + 1));
                    if (previous != null) {
                        throw new IllegalArgumentException("parameter '" + key + "' given twice (" + key + "=" + previous
                                + " and " + a + "); give it once");
                    }
                } else {
                    throw new IllegalArgumentException("unexpected argument '" + a
                            + "'; expected key=value, --scale, --out, --fresh, --spark or --debug");
                }
            }
            c.params = Params.resolve(c.experiment, scale == null ? Scale.current() : scale, overrides);
            if (c.fresh && c.spark != null) {
                throw new IllegalArgumentException("--fresh and --spark together: the Spark runner always reads the cache;"
                        + " run --fresh without --spark, or delete " + Workspace.resultsDirectory(c.experiment.name()));
            }
            if (c.out != null && hasTimings(c.experiment)) {
                writableOutput(timingsPath(c.out).toString());
            }
            return c;
        }
    }

    /** Checks, before any work, that {@code file} can be written: its directory exists and is writable. */
    static Path writableOutput(String file) {
        Path path = Path.of(file).toAbsolutePath();
        Path directory = path.getParent();
        if (Files.isDirectory(path)) {
            throw new IllegalArgumentException("--out " + file + " is a directory; give a file name such as "
                    + path.resolve("results.csv"));
        }
        if (directory == null || !Files.isDirectory(directory)) {
            throw new IllegalArgumentException("--out " + file + ": the directory " + directory
                    + " does not exist; create it or write elsewhere");
        }
        if (Files.exists(path) ? !Files.isWritable(path) : !Files.isWritable(directory)) {
            throw new IllegalArgumentException("--out " + file + " is not writable; choose a writable location");
        }
        return path;
    }

    private static final String SHORT_USAGE =
            "usage: ./theorykit experiment NAME [key=value ...] [--scale smoke|lecture|paper] [--out FILE.csv] [--fresh]"
                    + "\n           [--spark local[2]|spark://HOST:7077|yarn|k8s://URL]"
                    + " [--debug]\n       ./theorykit experiment --list   (the experiments, their parameters and ranges)";

    static String usage() {
        return SHORT_USAGE + "\n\n" + listing();
    }

    static String listing() {
        StringBuilder text = new StringBuilder("experiments:\n");
        for (Experiment e : Experiments.all()) {
            text.append(e.name()).append(" - ").append(e.description()).append('\n');
            e.parameters().forEach(p -> text.append(p.usage()).append('\n'));
        }
        return text.toString();
    }
}
