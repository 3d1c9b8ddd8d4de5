package org.theorykit.nn;

import java.nio.DoubleBuffer;
import java.util.Arrays;
import org.bytedeco.javacpp.DoublePointer;
import smile.math.blas.BLAS;
import smile.math.blas.Layout;
import smile.math.blas.Transpose;

/**
 * Minibatch loss and gradient of a {@link ShallowNet} with one output, f(x) = Σ_k a_k σ(z_k),
 * z = W x + b, through two GEMMs of OpenBLAS (Smile's {@link BLAS#engine}) per chunk of examples:
 * Z = X Wᵀ forward and ∇W = Gᵀ X backward (no input gradient is formed). With at most
 * {@link #JAVA_FORWARD_MAX_INPUTS} inputs and a chunk small enough for one thread, Z is instead computed
 * row by row in Java from a transposed copy of W, fused with σ. That GEMM has K = n: for 8 inputs and
 * 1000 units it took 0.65 µs per row at best against ~0.8 µs for the loop, but on a loaded machine
 * OpenBLAS's two threads made single calls of it take up to 1 ms (an SGD epoch of workload A went from
 * 0.2 s to 0.6–1 s; with the loop it stayed at 0.2 s in the same runs). The backward GEMM stays: it
 * has K = batch size and held at 15 µs per batch of 64 throughout. An all-Java kernel (examples in pairs
 * to share the loads of W, no GEMM) was slower, 0.79 s of CPU per epoch of A against 0.25 s: C2 left
 * its two-example loops scalar (a loop over k with both examples' σ' took 7 ns per unit, 0.6 with one). The matrices live off-heap
 * (JavaCPP pointers) because the double[] overloads copy their arrays on every call. All elementwise
 * work (bias, σ, output layer, loss, σ', ∇a, ∇b) is fused into one pass per row of Z, read into an
 * on-heap row buffer; rows are split between two threads when a chunk has at least
 * {@link #PARALLEL_ELEMENTS} entries. Chunks hold at most chunkElements entries of Z. One instance per thread.
 */
final class BlasShallowKernel implements Model.BatchKernel {

    static final int CHUNK_ELEMENTS = 1 << 18;
    static final int PARALLEL_ELEMENTS = 1 << 17;
    static final int JAVA_FORWARD_MAX_INPUTS = 16;

    private final int n;
    private final int hidden;
    private final int chunkRows;
    private final Activation activation;
    private final DoublePointer xPointer;
    private final DoublePointer wPointer;
    private final DoublePointer zPointer;
    private final DoublePointer gwPointer;
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

    /** chunkElements bounds the off-heap Z (rows × hidden); production code passes {@link #CHUNK_ELEMENTS}. */
    BlasShallowKernel(int n, int hidden, Activation activation, int chunkElements) {
        this.n = n;
        this.hidden = hidden;
        this.chunkRows = Math.max(1, chunkElements / hidden);
        this.activation = activation;
        this.xPointer = new DoublePointer((long) chunkRows * n);
        this.wPointer = new DoublePointer((long) hidden * n);
        this.zPointer = new DoublePointer((long) chunkRows * hidden);
        this.gwPointer = new DoublePointer((long) hidden * n);
        this.x = xPointer.asBuffer();
        this.w = wPointer.asBuffer();
        this.z = zPointer.asBuffer();
        this.gw = gwPointer.asBuffer();
        this.examples = new int[chunkRows];
        this.bias = new double[hidden];
        this.outputWeights = new double[hidden];
        int padded = (n + 3) / 4 * 4;
        this.wt = n <= JAVA_FORWARD_MAX_INPUTS ? new double[padded][hidden] : null;
        this.xPadded = n <= JAVA_FORWARD_MAX_INPUTS ? new double[chunkRows * padded] : null;
        this.first = new RowPass();
        this.second = new RowPass();
    }

    @Override
    public double lossAndGradient(double[] theta, Loss loss, Dataset data, int[] batch, int from, int to,
                                  double[] grad) {
        int weights = n * hidden;
        w.put(0, theta, 0, weights);
        System.arraycopy(theta, weights, bias, 0, hidden);
        System.arraycopy(theta, weights + hidden, outputWeights, 0, hidden);
        if (wt != null) {
            for (int k = 0; k < hidden; k++) {
                for (int j = 0; j < n; j++) {
                    wt[j][k] = theta[k * n + j];
                }
            }
        }
        double scale = 1.0 / (to - from);
        first.start(loss, data, scale);
        second.start(loss, data, scale);
        for (int start = from; start < to; start += chunkRows) {
            int rows = Math.min(chunkRows, to - start);
            gather(data, batch, start, rows);
            if ((long) rows * hidden >= PARALLEL_ELEMENTS) {
                forwardGemm(rows);
                int half = rows / 2;
                TwoThreads.run(() -> first.rows(0, half, false), () -> second.rows(half, rows, false));
            } else if (wt != null) {
                first.rows(0, rows, true);
            } else {
                forwardGemm(rows);
                first.rows(0, rows, false);
            }
            BLAS.engine.gemm(Layout.ROW_MAJOR, Transpose.TRANSPOSE, Transpose.NO_TRANSPOSE, hidden, n, rows, 1.0,
                    zPointer, hidden, xPointer, n, start == from ? 0.0 : 1.0, gwPointer, n);
        }
        gw.get(0, grad, 0, weights);
        for (int k = 0; k < hidden; k++) {
            grad[weights + k] = first.biasGradient[k] + second.biasGradient[k];
            grad[weights + hidden + k] = first.outputGradient[k] + second.outputGradient[k];
        }
        return (first.loss + second.loss) * scale;
    }

    /** Z = X Wᵀ (without b). */
    private void forwardGemm(int rows) {
        BLAS.engine.gemm(Layout.ROW_MAJOR, Transpose.NO_TRANSPOSE, Transpose.TRANSPOSE, rows, hidden, n, 1.0,
                xPointer, n, wPointer, n, 0.0, zPointer, hidden);
    }

    /** Copies the inputs of batch[start .. start+rows) into X (and xPadded) and their indices into examples. */
    private void gather(Dataset data, int[] batch, int start, int rows) {
        for (int i = 0; i < rows; i++) {
            examples[i] = Model.exampleIndex(batch, start + i, data);
            x.put(i * n, data.x(), examples[i] * n, n);
            if (xPadded != null) {
                System.arraycopy(data.x(), examples[i] * n, xPadded, i * wt.length, n);
            }
        }
    }

    /**
     * The elementwise passes over some rows of Z, with their own buffers and ∇b, ∇a accumulators. Every
     * loop indexes all its arrays by the same k from 0, so the JIT can prove them independent and
     * vectorize (an offset into θ would make a possible overlap with the written arrays unknown).
     */
    private final class RowPass {
        private final double[] row = new double[hidden];
        private final double[] values = new double[hidden];
        private final double[] biasGradient = new double[hidden];
        private final double[] outputGradient = new double[hidden];
        private final double[] f = new double[1];
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
         * Rows [from, to) of the chunk: z = Wx + b (in Java if javaForward, else from Z), σ(z), f, the loss,
         * then G = δ·a⊙σ'(z) written over Z.
         */
        void rows(int from, int to, boolean javaForward) {
            for (int i = from; i < to; i++) {
                if (javaForward) {
                    forward(i);
                } else {
                    z.get(i * hidden, row, 0, hidden);
                    activate(row, values);
                }
                f[0] = dot(outputWeights, values);
                loss += lossFunction.gradient(f, 1, data.y(), examples[i] * data.targetDimension(), g);
                backward(g[0] * scale);
                z.put(i * hidden, row, 0, hidden);
            }
        }

        /** row = W x_i + b, values = σ(row), four inputs per pass, σ fused into the last pass. */
        private void forward(int i) {
            int at = i * wt.length;
            int last = wt.length - 4;
            System.arraycopy(bias, 0, row, 0, hidden);
            for (int j = 0; j < last; j += 4) {
                double[] w0 = wt[j];
                double[] w1 = wt[j + 1];
                double[] w2 = wt[j + 2];
                double[] w3 = wt[j + 3];
                double x0 = xPadded[at + j], x1 = xPadded[at + j + 1], x2 = xPadded[at + j + 2], x3 = xPadded[at + j + 3];
                for (int k = 0; k < hidden; k++) {
                    row[k] = row[k] + x0 * w0[k] + x1 * w1[k] + x2 * w2[k] + x3 * w3[k];
                }
            }
            double[] w0 = wt[last];
            double[] w1 = wt[last + 1];
            double[] w2 = wt[last + 2];
            double[] w3 = wt[last + 3];
            double x0 = xPadded[at + last], x1 = xPadded[at + last + 1];
            double x2 = xPadded[at + last + 2], x3 = xPadded[at + last + 3];
            for (int k = 0; k < hidden; k++) {
                double zk = row[k] + x0 * w0[k] + x1 * w1[k] + x2 * w2[k] + x3 * w3[k];
                row[k] = zk;
                values[k] = activation.value(zk);
            }
        }

        /** row += b; values = σ(row). */
        private void activate(double[] row, double[] values) {
            for (int k = 0; k < hidden; k++) {
                double zk = row[k] + bias[k];
                row[k] = zk;
                values[k] = activation.value(zk);
            }
        }

        /** ∇a += δ·σ(z); G = δ·a⊙σ'(z) into row and added to ∇b; in one pass, which saves a tenth of the row's time over two. */
        private void backward(double delta) {
            for (int k = 0; k < hidden; k++) {
                outputGradient[k] += delta * values[k];
                double gk = delta * outputWeights[k] * activation.derivative(row[k]);
                biasGradient[k] += gk;
                row[k] = gk;
            }
        }
    }

    /**
     * Σ_k a_k b_k with eight interleaved partial sums: C2 does not vectorize a double reduction, and
     * independent chains hide the latency of the adds (per 1000 terms: 0.42 µs, against 0.50 with four
     * and 0.65 with two).
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
