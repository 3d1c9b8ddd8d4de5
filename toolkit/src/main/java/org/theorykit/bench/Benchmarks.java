package org.theorykit.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.theorykit.linalg.Blas;
import tech.tablesaw.api.Table;

/**
 * The {@code bench} command: times every registered {@link Workload} (see {@link Workloads#all()}),
 * runs the PyTorch reference side by side, and prints one line per workload with the medians and
 * their ratio theorykit / PyTorch.
 *
 * <pre>
 * java -Xmx1g -cp 'toolkit/target/theorykit-toolkit.jar:toolkit/target/lib/*' org.theorykit.bench.Benchmarks
 *      [--warmup 2] [--repeats 5] [--out bench.csv] [--only E-,C-] [--no-pytorch]
 * </pre>
 *
 * {@code --repeats} (at least 5) timed runs follow {@code --warmup} untimed ones; {@code --only} keeps the
 * workloads whose names start with one of the given prefixes; {@code --out} also writes the table as CSV.
 */
public final class Benchmarks {

    private static final String OPTIONS =
            "--warmup N, --repeats N (≥ 5), --out FILE.csv, --only PREFIX[,PREFIX...], --no-pytorch";

    private int warmups = 2;
    private int repeats = 5;
    private Path out;
    private List<String> only = List.of();
    private boolean pytorch = true;

    private Benchmarks() {
    }

    public static void main(String[] args) throws Exception {
        Benchmarks bench = parse(args);
        System.out.println(Blas.describe());
        System.out.printf("JVM %s, max heap %d MB, %d cores%n", Runtime.version(),
                Runtime.getRuntime().maxMemory() >> 20, Runtime.getRuntime().availableProcessors());
        printLoad("before");
        List<Measurement> measured = bench.measureAll();
        Map<String, PytorchReference.Timed> reference = bench.pytorch
                ? PytorchReference.run(bench.warmups, bench.repeats, bench.only) : Map.of();
        Table table = ResultTable.join(measured, reference);
        System.out.print(ResultTable.format(table));
        printLoad("after");
        long peak = measured.stream().mapToLong(Measurement::peakHeapBytes).max().orElse(0);
        System.out.printf("peak heap over all workloads: %d MB (limit %d MB)%n",
                peak >> 20, Runtime.getRuntime().maxMemory() >> 20);
        if (bench.out != null) {
            table.write().csv(bench.out.toFile());
            System.out.println("wrote " + bench.out);
        }
    }

    /** Other processes on the same cores inflate every time; the load average says how much was running. */
    private static void printLoad(String when) {
        try {
            String[] load = Files.readString(Path.of("/proc/loadavg")).split(" ");
            System.out.printf("load average %s: %s %s %s (1, 5, 15 min)%n", when, load[0], load[1], load[2]);
        } catch (IOException e) {
            System.out.println("load average " + when + ": unknown (no /proc/loadavg)");
        }
    }

    private List<Measurement> measureAll() {
        List<Measurement> measured = new ArrayList<>();
        for (Supplier<Workload> registered : Workloads.all()) {
            Workload workload = registered.get();
            if (!selected(workload.name())) {
                continue;
            }
            System.out.println("running " + workload.name() + ": " + workload.description());
            HeapPeak.reset();
            workload.setUp();
            long offHeap = HeapPeak.offHeapBytes();
            Timing timing = Timing.measure(workload, warmups, repeats);
            measured.add(new Measurement(workload.name(), timing, workload.flopsPerRun(),
                    HeapPeak.peakBytes(), Math.max(offHeap, HeapPeak.offHeapBytes())));
        }
        return measured;
    }

    private boolean selected(String name) {
        return only.isEmpty() || only.stream().anyMatch(name::startsWith);
    }

    private static Benchmarks parse(String[] args) {
        Benchmarks bench = new Benchmarks();
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            if (option.equals("--no-pytorch")) {
                bench.pytorch = false;
                continue;
            }
            if (i + 1 == args.length) {
                throw new IllegalArgumentException(option + " needs a value; accepted options: " + OPTIONS);
            }
            String value = args[++i];
            switch (option) {
                case "--warmup" -> bench.warmups = atLeast(option, value, 0);
                case "--repeats" -> bench.repeats = atLeast(option, value, 5);
                case "--out" -> bench.out = Path.of(value);
                case "--only" -> bench.only = Arrays.asList(value.split(","));
                default -> throw new IllegalArgumentException("unknown option " + option + "; accepted: " + OPTIONS);
            }
        }
        return bench;
    }

    private static int atLeast(String option, String value, int minimum) {
        try {
            int n = Integer.parseInt(value);
            if (n >= minimum) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below with the accepted range
        }
        throw new IllegalArgumentException(option + " = " + value + "; accepted: an integer ≥ " + minimum);
    }
}
