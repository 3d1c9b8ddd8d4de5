package org.theorykit.bench;

import org.theorykit.Median;
import java.util.Arrays;

/** Wall-clock seconds of the timed runs of one workload, and their median, minimum and maximum. */
public record Timing(double[] seconds) {

    /** Takes a copy of the sample; at least one run is required. */
    public Timing {
        if (seconds == null || seconds.length == 0) {
            throw new IllegalArgumentException("seconds = " + Arrays.toString(seconds) + "; accepted: at least one time");
        }
        seconds = seconds.clone();
    }

    /** Calls {@code run()} {@code warmups} times untimed, then {@code repeats} times timed. */
    public static Timing measure(Workload workload, int warmups, int repeats) {
        for (int i = 0; i < warmups; i++) {
            workload.run();
        }
        double[] seconds = new double[repeats];
        for (int i = 0; i < repeats; i++) {
            long start = System.nanoTime();
            workload.run();
            seconds[i] = (System.nanoTime() - start) * 1e-9;
        }
        return new Timing(seconds);
    }

    /** The middle time; the mean of the two middle times for an even count. */
    public double median() {
        return Median.of(seconds);
    }

    public double min() {
        return Arrays.stream(seconds).min().orElseThrow();
    }

    public double max() {
        return Arrays.stream(seconds).max().orElseThrow();
    }

    public int repeats() {
        return seconds.length;
    }
}
