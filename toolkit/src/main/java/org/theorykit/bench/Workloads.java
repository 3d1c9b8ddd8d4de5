package org.theorykit.bench;

import java.util.List;
import java.util.function.Supplier;
import org.theorykit.bench.GemmRateWorkload.Route;

/** The registry of benchmark workloads, in report order: one line per workload. */
public final class Workloads {

    /** Side of the square matrices of workload E. */
    static final int GEMM_SIDE = 2000;

    private Workloads() {
    }

    /**
     * Every registered workload, one line each, created on demand so that each one's data can be
     * collected before the next is set up. A–D (the models' workloads) are added here as they arrive.
     */
    public static List<Supplier<Workload>> all() {
        return List.of(
                ShallowSgdEpochWorkload::new,
                ShallowSgdEpochWorkload::withoutVectorApi,
                TreeSgdEpochWorkload::new,
                FullBatchGdWorkload::new,
                HessianVectorWorkload::new,
                LangevinParticleStepsWorkload::new,
                LenetAdamEpochWorkload::dense,
                LenetAdamEpochWorkload::masked,
                () -> new GemmRateWorkload(Route.THEORYKIT, GEMM_SIDE),
                () -> new GemmRateWorkload(Route.SMILE_ARRAYS, GEMM_SIDE),
                () -> new GemmRateWorkload(Route.BEST, GEMM_SIDE));
    }
}
