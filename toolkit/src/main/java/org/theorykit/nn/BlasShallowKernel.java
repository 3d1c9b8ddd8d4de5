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
 * Z = X Wᵀ forward and ∇W = Gᵀ X backward (no input gradient is formed). The matrices live off-heap
 * (JavaCPP pointers) because the double[] overloads copy their arrays on every call. All elementwise
 * work (bias, σ, output layer, loss, σ', ∇a, ∇b) is fused into one pass per row of Z, read into an
 * on-heap row buffer; rows are split between two threads when a chunk has at least
 * {@link #PARALLEL_ELEMENTS} entries. Chunks hold at most chunkElements entries of Z. One instance per thread.
 */
final class BlasShallowKernel {

    static final int CHUNK_ELEMENTS = 1 << 18;
    static final int PARALLEL_ELEMENTS = 1 << 15;

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
        this.first = new RowPass();
        this.second = new RowPass();
    }

    double lossAndGradient(double[] theta, Loss loss, Dataset data, int[] batch, int from, int to, double[] grad) {
        w.put(0, theta, 0, n * hidden);
        double scale = 1.0 / (to - from);
        first.start(theta, loss, data, scale);
        second.start(theta, loss, data, scale);
        for (int start = from; start < to; start += chunkRows) {
            int rows = Math.min(chunkRows, to - start);
            gather(data, batch, start, rows);
            BLAS.engine.gemm(Layout.ROW_MAJOR, Transpose.NO_TRANSPOSE, Transpose.TRANSPOSE, rows, hidden, n, 1.0,
                    xPointer, n, wPointer, n, 0.0, zPointer, hidden);
            if ((long) rows * hidden >= PARALLEL_ELEMENTS) {
                int half = rows / 2;
                TwoThreads.run(() -> first.rows(0, half), () -> second.rows(half, rows));
            } else {
                first.rows(0, rows);
            }
            BLAS.engine.gemm(Layout.ROW_MAJOR, Transpose.TRANSPOSE, Transpose.NO_TRANSPOSE, hidden, n, rows, 1.0,
                    zPointer, hidden, xPointer, n, start == from ? 0.0 : 1.0, gwPointer, n);
        }
        gw.get(0, grad, 0, n * hidden);
        for (int k = 0; k < 2 * hidden; k++) {
            grad[n * hidden + k] = first.gradient[k] + second.gradient[k];
        }
        return (first.loss + second.loss) * scale;
    }

    /** Copies the inputs of batch[start .. start+rows) into the off-heap X and their indices into examples. */
    private void gather(Dataset data, int[] batch, int start, int rows) {
        for (int i = 0; i < rows; i++) {
            examples[i] = Model.exampleIndex(batch, start + i, data);
            x.put(i * n, data.x(), examples[i] * n, n);
        }
    }

    /** The fused elementwise pass over some rows of Z, with its own buffers and ∇b, ∇a accumulators. */
    private final class RowPass {
        private final double[] row = new double[hidden];
        private final double[] values = new double[hidden];
        /** ∇b (hidden) then ∇a (hidden), as laid out in θ. */
        private final double[] gradient = new double[2 * hidden];
        private final double[] f = new double[1];
        private final double[] g = new double[1];
        private double[] theta;
        private Loss lossFunction;
        private Dataset data;
        private double scale;
        private double loss;

        void start(double[] theta, Loss lossFunction, Dataset data, double scale) {
            this.theta = theta;
            this.lossFunction = lossFunction;
            this.data = data;
            this.scale = scale;
            this.loss = 0;
            Arrays.fill(gradient, 0.0);
        }

        /** Rows [from, to) of the chunk: output, loss, then G = δ·a⊙σ'(z) written back over Z. */
        void rows(int from, int to) {
            for (int i = from; i < to; i++) {
                z.get(i * hidden, row, 0, hidden);
                f[0] = output(theta, row, values, activation, hidden, n * hidden);
                loss += lossFunction.gradient(f, 1, data.y(), examples[i] * data.targetDimension(), g);
                backward(theta, row, values, gradient, activation, hidden, n * hidden, g[0] * scale);
                z.put(i * hidden, row, 0, hidden);
            }
        }
    }

    /** Σ_k a_k σ(z_k + b_k) for a raw row z of X Wᵀ, b at θ[b..], a at θ[b + hidden..]; keeps σ(z + b) in values. */
    private static double output(double[] theta, double[] z, double[] values, Activation activation, int hidden,
                                 int b) {
        int a = b + hidden;
        double s0 = 0;
        double s1 = 0;
        for (int k = 0; k < hidden; k++) {
            double h = activation.value(z[k] + theta[b + k]);
            values[k] = h;
            if ((k & 1) == 0) {
                s0 += theta[a + k] * h;
            } else {
                s1 += theta[a + k] * h;
            }
        }
        return s0 + s1;
    }

    /** Adds G = δ·a⊙σ'(z + b) to gradient[0..hidden) (∇b) and δ·σ(z + b) to gradient[hidden..) (∇a); overwrites z with G. */
    private static void backward(double[] theta, double[] z, double[] values, double[] gradient, Activation activation,
                                 int hidden, int b, double delta) {
        int a = b + hidden;
        for (int k = 0; k < hidden; k++) {
            double gk = delta * theta[a + k] * activation.derivative(z[k] + theta[b + k]);
            gradient[k] += gk;
            gradient[hidden + k] += delta * values[k];
            z[k] = gk;
        }
    }
}
