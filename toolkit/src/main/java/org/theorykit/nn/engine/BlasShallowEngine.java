package org.theorykit.nn.engine;

import java.nio.DoubleBuffer;
import java.util.Arrays;
import org.theorykit.linalg.Blas;
import org.theorykit.nn.Activation;
import org.theorykit.nn.Dataset;
import org.theorykit.nn.Loss;

/**
 * Minibatch loss and gradient of a {@code ShallowNet} with one output, f(x) = Σ_k a_k σ(z_k),
 * z = W x + b, through OpenBLAS ({@link Blas}, Smile's bundled library) for ∇W = Gᵀ X and, for many
 * inputs, Z = X Wᵀ. No input gradient is formed. The matrices live in direct buffers ({@link Blas})
 * because the double[] overloads copy their arrays on every call. It serves every activation, any
 * number of inputs and any batch size; {@link Engines} prefers {@link VectorShallowEngine} for small
 * batches of few-input (leaky) ReLU nets when the Vector API is present.
 *
 * <p>With at most {@link Engines#JAVA_FORWARD_MAX_INPUTS} inputs and a chunk small enough for one
 * thread, Z is computed in Java from a transposed copy of W. The rows are processed in blocks of
 * {@link #BLOCK} examples: the forward pass runs tile by tile of {@link #TILE} units so the tile of Wᵀ
 * stays in L1 for all examples of the block; the four outputs share the loads of a; ∇a and ∇b take
 * one pass per block. Every loop stores into one array only and indexes its arrays by the same k: C2
 * (17) vectorizes those and leaves loops storing into two or more arrays scalar. Products are summed
 * with {@link Math#fma}, which C2 vectorizes.
 *
 * <p>Where the time goes, and the variants tried and dropped (every reduction in BLAS, the examples
 * in the SIMD lanes, two threads per batch, other tile sizes, a branching ReLU derivative), with
 * their timings: toolkit/bench/README.md, "Compute engines".
 *
 * <p>Rows of a chunk are split between two threads when it has at least
 * {@link Engines#PARALLEL_ELEMENTS} entries (then Z comes from the GEMM). Chunks hold at most
 * chunkElements entries of Z. One instance per thread.
 */
final class BlasShallowEngine implements BatchEngine {

    /** Examples per block of the Java forward pass (they share the loads of a tile of Wᵀ). */
    static final int BLOCK = 4;
    /** Units per tile of the Java forward pass: the tile of Wᵀ stays in L1 for a block of examples. */
    static final int TILE = 256;

    private final int n;
    private final int hidden;
    private final int chunkRows;
    private final Activation activation;
    private final DoubleBuffer x;
    private final DoubleBuffer w;
    private final DoubleBuffer z;
    private final DoubleBuffer gw;
    private final int[] examples;
    private final double[] bias;
    private final double[] outputWeights;
    /** wt[j][k] = W[k][j] and the inputs of the chunk, rows padded to wt.length with zeros; null for large n. */
    private final double[][] wt;
    private final double[] xPadded;
    private final RowPass first;
    private final RowPass second;
    private boolean weightsOffHeap;

    /** chunkElements bounds the off-heap Z (rows × hidden); production code passes {@link Engines#CHUNK_ELEMENTS}. */
    BlasShallowEngine(int n, int hidden, Activation activation, int chunkElements) {
        this.n = n;
        this.hidden = hidden;
        this.chunkRows = Math.max(1, chunkElements / hidden);
        this.activation = activation;
        this.x = Blas.allocate(chunkRows * n);
        this.w = Blas.allocate(hidden * n);
        this.z = Blas.allocate(chunkRows * hidden);
        this.gw = Blas.allocate(hidden * n);
        this.examples = new int[chunkRows];
        this.bias = new double[hidden];
        this.outputWeights = new double[hidden];
        int padded = (n + 3) / 4 * 4;
        this.wt = n <= Engines.JAVA_FORWARD_MAX_INPUTS ? new double[padded][hidden] : null;
        this.xPadded = n <= Engines.JAVA_FORWARD_MAX_INPUTS ? new double[chunkRows * padded] : null;
        this.first = new RowPass();
        this.second = new RowPass();
    }

    @Override
    public double lossAndGradient(double[] theta, Loss loss, Dataset data, int[] batch, int from, int to,
                                  double[] grad) {
        int weights = n * hidden;
        weightsOffHeap = false;
        System.arraycopy(theta, weights, bias, 0, hidden);
        System.arraycopy(theta, weights + hidden, outputWeights, 0, hidden);
        if (wt != null) {
            for (int j = 0; j < n; j++) {
                double[] column = wt[j];
                for (int k = 0; k < hidden; k++) {
                    column[k] = theta[k * n + j];
                }
            }
        }
        double scale = 1.0 / (to - from);
        first.start(loss, data, scale);
        second.start(loss, data, scale);
        for (int start = from; start < to; start += chunkRows) {
            int rows = Math.min(chunkRows, to - start);
            gather(data, batch, start, rows);
            if ((long) rows * hidden >= Engines.PARALLEL_ELEMENTS) {
                forwardGemm(rows, theta);
                int half = rows / 2;
                TwoThreads.run(() -> first.rows(0, half, false), () -> second.rows(half, rows, false));
            } else if (wt != null) {
                first.rows(0, rows, true);
            } else {
                forwardGemm(rows, theta);
                first.rows(0, rows, false);
            }
            Blas.gemm(true, false, hidden, n, rows, 1.0, z, x, start == from ? 0.0 : 1.0, gw);
        }
        gw.get(0, grad, 0, weights);
        for (int k = 0; k < hidden; k++) {
            grad[weights + k] = first.biasGradient[k] + second.biasGradient[k];
            grad[weights + hidden + k] = first.outputGradient[k] + second.outputGradient[k];
        }
        return (first.loss + second.loss) * scale;
    }

    /** Z = X Wᵀ (without b); W is copied off-heap on the first call of each evaluation. */
    private void forwardGemm(int rows, double[] theta) {
        if (!weightsOffHeap) {
            w.put(0, theta, 0, n * hidden);
            weightsOffHeap = true;
        }
        Blas.gemm(false, true, rows, hidden, n, 1.0, x, w, 0.0, z);
    }

    /** Copies the inputs of batch[start .. start+rows) into X (and xPadded) and their indices into examples. */
    private void gather(Dataset data, int[] batch, int start, int rows) {
        for (int i = 0; i < rows; i++) {
            examples[i] = data.example(batch, start + i);
            x.put(i * n, data.x(), examples[i] * n, n);
            if (xPadded != null) {
                System.arraycopy(data.x(), examples[i] * n, xPadded, i * wt.length, n);
            }
        }
    }

    /**
     * The elementwise passes over some rows of Z, with their own buffers and ∇b, ∇a accumulators. Every
     * loop indexes all its arrays by the same k, so the JIT can prove them independent and vectorize (an
     * offset into θ would make a possible overlap with the written arrays unknown), and every loop stores
     * into one array only: C2 left loops that store into two or more arrays scalar or half-vectorized.
     */
    private final class RowPass {
        private final double[][] rows = new double[BLOCK][hidden];
        private final double[][] values = new double[BLOCK][hidden];
        private final double[] biasGradient = new double[hidden];
        private final double[] outputGradient = new double[hidden];
        private final double[] f = new double[BLOCK];
        private final double[] deltas = new double[BLOCK];
        private final double[] output = new double[1];
        private final double[] g = new double[1];
        private Loss lossFunction;
        private Dataset data;
        private double scale;
        private double loss;

        void start(Loss lossFunction, Dataset data, double scale) {
            this.lossFunction = lossFunction;
            this.data = data;
            this.scale = scale;
            this.loss = 0;
            Arrays.fill(biasGradient, 0.0);
            Arrays.fill(outputGradient, 0.0);
        }

        /**
         * Rows [from, to) of the chunk in blocks of {@link #BLOCK}: z = Wx + b (in Java if javaForward, else
         * from Z), σ(z), f, the loss, then G = δ·a⊙σ'(z) written over Z.
         */
        void rows(int from, int to, boolean javaForward) {
            for (int first = from; first < to; first += BLOCK) {
                int count = Math.min(BLOCK, to - first);
                if (javaForward) {
                    forward(first, count);
                } else {
                    for (int e = 0; e < count; e++) {
                        z.get((first + e) * hidden, rows[e], 0, hidden);
                        addBias(rows[e]);
                    }
                }
                for (int e = 0; e < count; e++) {
                    activate(rows[e], values[e]);
                }
                outputs(count);
                for (int e = 0; e < count; e++) {
                    output[0] = f[e];
                    loss += lossFunction.gradient(output, 1, data.y(), examples[first + e] * data.targetDimension(), g);
                    deltas[e] = g[0] * scale;
                }
                backward(count);
                for (int e = 0; e < count; e++) {
                    z.put((first + e) * hidden, rows[e], 0, hidden);
                }
            }
        }

        /**
         * rows[e] = W x + b for the count examples from first, four inputs per pass, tile by tile of
         * {@link #TILE} units so that the tile of Wᵀ is read from L1 by all examples of the block.
         */
        private void forward(int first, int count) {
            for (int start = 0; start < hidden; start += TILE) {
                int end = Math.min(hidden, start + TILE);
                for (int e = 0; e < count; e++) {
                    double[] row = rows[e];
                    int at = (first + e) * wt.length;
                    for (int j = 0; j < wt.length; j += 4) {
                        double[] w0 = wt[j];
                        double[] w1 = wt[j + 1];
                        double[] w2 = wt[j + 2];
                        double[] w3 = wt[j + 3];
                        double x0 = xPadded[at + j], x1 = xPadded[at + j + 1];
                        double x2 = xPadded[at + j + 2], x3 = xPadded[at + j + 3];
                        double[] in = j == 0 ? bias : row;
                        for (int k = start; k < end; k++) {
                            row[k] = Math.fma(x3, w3[k], Math.fma(x2, w2[k], Math.fma(x1, w1[k], Math.fma(x0, w0[k], in[k]))));
                        }
                    }
                }
            }
        }

        /** row += b. */
        private void addBias(double[] row) {
            for (int k = 0; k < hidden; k++) {
                row[k] += bias[k];
            }
        }

        /** values = σ(row). */
        private void activate(double[] row, double[] values) {
            for (int k = 0; k < hidden; k++) {
                values[k] = activation.value(row[k]);
            }
        }

        /** f[e] = Σ_k a_k σ(z_k) for the count rows; four at a time share the loads of a. */
        private void outputs(int count) {
            if (count == BLOCK) {
                dot4(outputWeights, values, f);
            } else {
                for (int e = 0; e < count; e++) {
                    f[e] = dot(outputWeights, values[e]);
                }
            }
        }

        /** For the count rows with their δ: ∇a += Σ_e δ_e σ(z_e); G = δ·a⊙σ'(z) over the rows; ∇b += Σ_e G_e. */
        private void backward(int count) {
            if (count == BLOCK) {
                accumulate4(outputGradient, deltas, values);
            } else {
                for (int e = 0; e < count; e++) {
                    accumulate(outputGradient, deltas[e], values[e]);
                }
            }
            for (int e = 0; e < count; e++) {
                double[] row = rows[e];
                double delta = deltas[e];
                for (int k = 0; k < hidden; k++) {
                    row[k] = delta * outputWeights[k] * activation.derivative(row[k]);
                }
            }
            if (count == BLOCK) {
                accumulate4(biasGradient, ONES, rows);
            } else {
                for (int e = 0; e < count; e++) {
                    accumulate(biasGradient, 1.0, rows[e]);
                }
            }
        }
    }

    private static final double[] ONES = {1, 1, 1, 1};

    /** sum += c·v. */
    private static void accumulate(double[] sum, double c, double[] v) {
        for (int k = 0; k < sum.length; k++) {
            sum[k] = Math.fma(c, v[k], sum[k]);
        }
    }

    /** sum += Σ_{e<4} c_e·v_e in one pass (one store per element instead of four). */
    private static void accumulate4(double[] sum, double[] c, double[][] v) {
        double[] v0 = v[0], v1 = v[1], v2 = v[2], v3 = v[3];
        double c0 = c[0], c1 = c[1], c2 = c[2], c3 = c[3];
        for (int k = 0; k < sum.length; k++) {
            sum[k] = Math.fma(c3, v3[k], Math.fma(c2, v2[k], Math.fma(c1, v1[k], Math.fma(c0, v0[k], sum[k]))));
        }
    }

    /** out[e] = Σ_k a_k v[e]_k for four vectors, two interleaved partial sums each. */
    static void dot4(double[] a, double[][] v, double[] out) {
        double[] v0 = v[0], v1 = v[1], v2 = v[2], v3 = v[3];
        double p0 = 0, p1 = 0, p2 = 0, p3 = 0, q0 = 0, q1 = 0, q2 = 0, q3 = 0;
        int k = 0;
        for (; k + 1 < a.length; k += 2) {
            double ak = a[k], al = a[k + 1];
            p0 = Math.fma(ak, v0[k], p0);
            p1 = Math.fma(ak, v1[k], p1);
            p2 = Math.fma(ak, v2[k], p2);
            p3 = Math.fma(ak, v3[k], p3);
            q0 = Math.fma(al, v0[k + 1], q0);
            q1 = Math.fma(al, v1[k + 1], q1);
            q2 = Math.fma(al, v2[k + 1], q2);
            q3 = Math.fma(al, v3[k + 1], q3);
        }
        if (k < a.length) {
            p0 += a[k] * v0[k];
            p1 += a[k] * v1[k];
            p2 += a[k] * v2[k];
            p3 += a[k] * v3[k];
        }
        out[0] = p0 + q0;
        out[1] = p1 + q1;
        out[2] = p2 + q2;
        out[3] = p3 + q3;
    }

    /**
     * Σ_k a_k b_k with eight interleaved partial sums: C2 does not vectorize a double reduction, and
     * independent chains hide the latency of the adds (eight beat four and two; timings in
     * toolkit/bench/README.md).
     */
    static double dot(double[] a, double[] b) {
        double s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0, s6 = 0, s7 = 0;
        int k = 0;
        for (; k + 7 < a.length; k += 8) {
            s0 += a[k] * b[k];
            s1 += a[k + 1] * b[k + 1];
            s2 += a[k + 2] * b[k + 2];
            s3 += a[k + 3] * b[k + 3];
            s4 += a[k + 4] * b[k + 4];
            s5 += a[k + 5] * b[k + 5];
            s6 += a[k + 6] * b[k + 6];
            s7 += a[k + 7] * b[k + 7];
        }
        for (; k < a.length; k++) {
            s0 += a[k] * b[k];
        }
        return ((s0 + s1) + (s2 + s3)) + ((s4 + s5) + (s6 + s7));
    }
}
