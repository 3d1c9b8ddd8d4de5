package org.theorykit.nn;

import java.nio.DoubleBuffer;
import java.util.Arrays;
import org.bytedeco.javacpp.DoublePointer;
import smile.math.blas.BLAS;
import smile.math.blas.Layout;
import smile.math.blas.Transpose;

/**
 * Minibatch loss, gradient and Hessian-vector products of a {@link ShallowNet} with one output,
 * f(x) = Σ_k a_k σ(z_k), z = W x + b, through two GEMMs of OpenBLAS (Smile's {@link BLAS#engine}) per
 * pass: Z = X Wᵀ forward and ∇W = Gᵀ X backward (no input gradient is formed). The matrices live
 * off-heap (JavaCPP pointers), because the double[] overloads copy their arrays on every call; all
 * elementwise work (bias, σ, output layer, loss, σ', R-operator terms) is fused into one pass over
 * each row of Z, read into an on-heap row buffer. Examples go through in chunks of at most
 * {@link #CHUNK_ELEMENTS} entries of Z. One instance per thread.
 */
final class BlasShallowKernel {

    static final int CHUNK_ELEMENTS = 1 << 18;

    private final int n;
    private final int hidden;
    private final int chunkRows;
    private final int biasOffset;
    private final int outputOffset;
    private final Activation activation;
    private final DoublePointer xPointer;
    private final DoublePointer wPointer;
    private final DoublePointer zPointer;
    private final DoublePointer gwPointer;
    private final DoubleBuffer x;
    private final DoubleBuffer w;
    private final DoubleBuffer z;
    private final DoubleBuffer gw;
    private final double[] row;
    private final double[] f = new double[1];
    private final double[] g = new double[1];
    private final int[] examples;

    /** chunkElements bounds the off-heap Z (rows × hidden); production code passes {@link #CHUNK_ELEMENTS}. */
    BlasShallowKernel(int n, int hidden, Activation activation, int chunkElements) {
        this.n = n;
        this.hidden = hidden;
        this.chunkRows = Math.max(1, chunkElements / hidden);
        this.examples = new int[chunkRows];
        this.biasOffset = n * hidden;
        this.outputOffset = n * hidden + hidden;
        this.activation = activation;
        this.xPointer = new DoublePointer((long) chunkRows * n);
        this.wPointer = new DoublePointer((long) hidden * n);
        this.zPointer = new DoublePointer((long) chunkRows * hidden);
        this.gwPointer = new DoublePointer((long) hidden * n);
        this.x = xPointer.asBuffer();
        this.w = wPointer.asBuffer();
        this.z = zPointer.asBuffer();
        this.gw = gwPointer.asBuffer();
        this.row = new double[hidden];
    }

    double lossAndGradient(double[] theta, Loss loss, Dataset data, int[] batch, int from, int to, double[] grad) {
        Arrays.fill(grad, n * hidden, grad.length, 0.0);
        w.put(0, theta, 0, n * hidden);
        double scale = 1.0 / (to - from);
        double sum = 0;
        for (int start = from; start < to; start += chunkRows) {
            int rows = Math.min(chunkRows, to - start);
            int[] examples = gather(data, batch, start, rows);
            BLAS.engine.gemm(Layout.ROW_MAJOR, Transpose.NO_TRANSPOSE, Transpose.TRANSPOSE, rows, hidden, n, 1.0,
                    xPointer, n, wPointer, n, 0.0, zPointer, hidden);
            for (int i = 0; i < rows; i++) {
                z.get(i * hidden, row, 0, hidden);
                f[0] = output(theta, row);
                sum += loss.gradient(f, 1, data.y(), examples[i] * data.targetDimension(), g);
                backwardRow(theta, g[0] * scale, grad);
                z.put(i * hidden, row, 0, hidden);
            }
            BLAS.engine.gemm(Layout.ROW_MAJOR, Transpose.TRANSPOSE, Transpose.NO_TRANSPOSE, hidden, n, rows, 1.0,
                    zPointer, hidden, xPointer, n, start == from ? 0.0 : 1.0, gwPointer, n);
        }
        gw.get(0, grad, 0, n * hidden);
        return sum * scale;
    }

    /** Copies the inputs of batch[start .. start+rows) into the off-heap X; returns their indices. */
    private int[] gather(Dataset data, int[] batch, int start, int rows) {
        for (int i = 0; i < rows; i++) {
            examples[i] = Model.exampleIndex(batch, start + i, data);
            x.put(i * n, data.x(), examples[i] * n, n);
        }
        return examples;
    }

    /** Σ_k a_k σ(z_k + b_k) for the raw row z = (X Wᵀ)_i. */
    private double output(double[] theta, double[] z) {
        double s0 = 0;
        double s1 = 0;
        int k = 0;
        for (; k + 1 < hidden; k += 2) {
            s0 += theta[outputOffset + k] * activation.value(z[k] + theta[biasOffset + k]);
            s1 += theta[outputOffset + k + 1] * activation.value(z[k + 1] + theta[biasOffset + k + 1]);
        }
        if (k < hidden) {
            s0 += theta[outputOffset + k] * activation.value(z[k] + theta[biasOffset + k]);
        }
        return s0 + s1;
    }

    /** Adds δ·σ(z) to ∇a and G = δ·a⊙σ'(z) to ∇b; overwrites the row with G for the ∇W GEMM. */
    private void backwardRow(double[] theta, double delta, double[] grad) {
        for (int k = 0; k < hidden; k++) {
            double zk = row[k] + theta[biasOffset + k];
            grad[outputOffset + k] += delta * activation.value(zk);
            double gk = delta * theta[outputOffset + k] * activation.derivative(zk);
            grad[biasOffset + k] += gk;
            row[k] = gk;
        }
    }
}
