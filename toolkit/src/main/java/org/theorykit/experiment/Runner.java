package org.theorykit.experiment;

import tech.tablesaw.api.Table;

/**
 * Where a sweep's points run. Every runner goes through {@link Sweep}: the same result cache, the
 * same atomic writes and provenance, so a sweep interrupted under one runner resumes under another,
 * and both give the same rows for the same parameters (and the same OpenBLAS thread count).
 */
public interface Runner {

    /**
     * Runs (or reads back) every point; returns the value rows and the timing rows, both in point
     * order.
     */
    SweepResult runWithTimings(Experiment experiment, Params params);

    /** Runs (or reads back) every point and returns all value rows in point order. */
    default Table run(Experiment experiment, Params params) {
        return runWithTimings(experiment, params).values();
    }

    /** This JVM's cores, reading the cache (the default). */
    static Runner local() {
        return SweepRunner.standard();
    }

    /**
     * Apache Spark, one point per task: {@code "local[2]"} runs an embedded Spark on this machine;
     * {@code "spark://host:7077"}, {@code "yarn"} or {@code "k8s://https://host:443"} a cluster through
     * {@code spark-submit} in client mode. Spark runs in a process of its own (the theorykit-spark
     * module), so its jars never enter this JVM; see {@link SparkProcessRunner}.
     */
    static Runner spark(String master) {
        return new SparkProcessRunner(master);
    }
}
