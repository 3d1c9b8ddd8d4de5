package org.theorykit.experiment;

import java.io.File;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Map;
import tech.tablesaw.api.Table;

/**
 * {@code ./theorykit experiment NAME [key=value ...] [--scale S] [--out FILE.csv] [--fresh]} and
 * {@code ./theorykit experiment --list}. Bad input prints a usage message naming the problem and
 * exits with 2.
 */
public final class ExperimentCli {

    private static final int USAGE = 2;

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
        try {
            Experiment experiment = Experiments.get(args[0]);
            Scale scale = Scale.current();
            String outFile = null;
            boolean fresh = false;
            Map<String, String> overrides = new LinkedHashMap<>();
            for (int i = 1; i < args.length; i++) {
                String a = args[i];
                if (a.equals("--out") || a.equals("--scale")) {
                    if (i + 1 == args.length) {
                        throw new IllegalArgumentException(a + " needs a value");
                    }
                    if (a.equals("--out")) {
                        outFile = args[++i];
                    } else {
                        scale = Scale.parse(args[++i]);
                    }
                } else if (a.equals("--fresh")) {
                    fresh = true;
                } else if (a.contains("=") && !a.startsWith("-")) {
                    overrides.put(a.substring(0, a.indexOf('=')), a.substring(a.indexOf('=') + 1));
                } else {
                    throw new IllegalArgumentException("unexpected argument '" + a + "'; expected key=value, --scale, --out or --fresh");
                }
            }
            Params params = Params.resolve(experiment, scale, overrides);
            Table result = new SweepRunner(Runtime.getRuntime().availableProcessors(), !fresh).run(experiment, params);
            if (outFile != null) {
                result.write().csv(new File(outFile));
                err.println("wrote " + result.rowCount() + " rows to " + outFile);
            } else {
                out.println(result.printAll());
            }
            return 0;
        } catch (IllegalArgumentException e) {
            err.println("theorykit experiment: " + e.getMessage());
            err.println();
            err.println(usage());
            return USAGE;
        }
    }

    static String usage() {
        return "usage: ./theorykit experiment NAME [key=value ...] [--scale smoke|lecture|paper] [--out FILE.csv] [--fresh]\n"
                + "       ./theorykit experiment --list\n\n" + listing();
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
