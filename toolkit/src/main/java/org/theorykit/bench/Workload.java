package org.theorykit.bench;

/**
 * One named piece of work timed by the benchmark harness. Preparation (data, initial θ, warm
 * buffers) belongs in {@link #setUp()}, which is not timed; {@link #run()} is the timed unit and
 * must do the same work every call.
 */
public interface Workload {

    /** Short name printed in the first column, e.g. "A-shallow-sgd-epoch". */
    String name();

    /** One line saying what is timed, for the report. */
    String description();

    /** Untimed preparation, called once before the timed runs. */
    default void setUp() {
    }

    /** The timed work. */
    void run();

    /**
     * Floating-point operations one {@link #run()} performs, counted by the workload (a multiply-add is 2),
     * so the report can print GFLOP/s next to the dense-BLAS ceiling; NaN when not counted.
     */
    default double flopsPerRun() {
        return Double.NaN;
    }
}
