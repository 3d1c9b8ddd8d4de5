package org.theorykit.bench;

import java.nio.DoubleBuffer;
import java.util.Random;
import org.bytedeco.javacpp.DoublePointer;
import org.bytedeco.openblas.global.openblas;
import org.theorykit.linalg.Blas;
import smile.math.blas.BLAS;
import smile.math.blas.Layout;
import smile.math.blas.Transpose;

/**
 * Workload E: one n×n by n×n double product (2n³ flops), through one of three routes to the same
 * OpenBLAS, so the report shows the rate theorykit's models reach next to the library's ceiling.
 */
public final class GemmRateWorkload implements Workload {

    /** How the product reaches the BLAS. */
    public enum Route {
        /** {@link Blas#gemm} on direct buffers: the route theorykit's models use. */
        THEORYKIT("E-dgemm", "Blas.gemm on direct buffers (theorykit's route)"),
        /** Smile's {@code BLAS.engine.gemm} on {@code double[]}: JNI copies all three arrays per call. */
        SMILE_ARRAYS("E-dgemm-arrays", "Smile BLAS.engine.gemm on double[] (JNI copies the arrays)"),
        /** bytedeco's {@code cblas_dgemm} on off-heap memory, no layer between: the library's ceiling. */
        BEST("E-dgemm-best", "raw cblas_dgemm on off-heap DoublePointer (the BLAS ceiling)");

        private final String workloadName;
        private final String description;

        Route(String workloadName, String description) {
            this.workloadName = workloadName;
            this.description = description;
        }
    }

    private final Route route;
    private final int n;
    private double[] a, b, c;
    private DoubleBuffer bufferA, bufferB, bufferC;
    private DoublePointer pointerA, pointerB, pointerC;

    public GemmRateWorkload(Route route, int n) {
        if (route == null || n < 1) {
            throw new IllegalArgumentException("route = " + route + ", n = " + n + "; accepted: a Route and n ≥ 1");
        }
        this.route = route;
        this.n = n;
    }

    @Override
    public String name() {
        return route.workloadName;
    }

    @Override
    public String description() {
        return n + "×" + n + " dgemm, " + route.description;
    }

    @Override
    public double flopsPerRun() {
        return 2.0 * n * n * n;
    }

    @Override
    public void setUp() {
        Random random = new Random(1);
        double[] left = random.doubles((long) n * n, -1, 1).toArray();
        double[] right = random.doubles((long) n * n, -1, 1).toArray();
        switch (route) {
            case THEORYKIT -> {
                bufferA = Blas.allocate(n * n).put(0, left);
                bufferB = Blas.allocate(n * n).put(0, right);
                bufferC = Blas.allocate(n * n);
            }
            case SMILE_ARRAYS -> {
                a = left;
                b = right;
                c = new double[n * n];
            }
            case BEST -> {
                pointerA = new DoublePointer(left);
                pointerB = new DoublePointer(right);
                pointerC = new DoublePointer((long) n * n);
            }
        }
    }

    @Override
    public void run() {
        switch (route) {
            case THEORYKIT -> Blas.gemm(false, false, n, n, n, 1.0, bufferA, bufferB, 0.0, bufferC);
            case SMILE_ARRAYS -> BLAS.engine.gemm(Layout.ROW_MAJOR, Transpose.NO_TRANSPOSE, Transpose.NO_TRANSPOSE,
                    n, n, n, 1.0, a, n, b, n, 0.0, c, n);
            case BEST -> openblas.cblas_dgemm(openblas.CblasRowMajor, openblas.CblasNoTrans, openblas.CblasNoTrans,
                    n, n, n, 1.0, pointerA, n, pointerB, n, 0.0, pointerC, n);
        }
    }
}
