package org.theorykit.nn.engine;

import java.nio.DoubleBuffer;
import java.util.Arrays;
import org.theorykit.linalg.Blas;
import org.theorykit.nn.Activation;
import org.theorykit.nn.Dataset;
import org.theorykit.nn.Loss;
import org.theorykit.objective.HessianVectorProduct;

/**
 * Exact H·v of the mean loss of a one-output {@code ShallowNet} over a whole data set at a fixed θ,
 * by the R-operator (Pearlmutter 1994) with the forward pass done once: the constructor stores
 * Z = X Wᵀ + b, δ_i = ℓ'(f_i)/n and ℓ''(f_i)/n; each product then costs two GEMMs,
 * R{Z} = X V_Wᵀ and H_W·v = R{G}ᵀ X, plus one fused pass over the rows of Z:
 * R{f} = Σ_k v_{a,k} σ(z_k) + a_k σ'(z_k) R{z_k}, R{δ} = ℓ''·R{f},
 * R{g_k} = (R{δ} a_k + δ v_{a,k}) σ'(z_k) + δ a_k σ''(z_k) R{z_k}. Matrices live off-heap as in
 * {@link BlasShallowEngine}; products run in row chunks of at most chunkElements entries, the rows
 * of a chunk split between two threads as there.
 */
final class BlasShallowHessian implements HessianVectorProduct {

    private final int n;
    private final int hidden;
    private final int size;
    private final int chunkRows;
    private final Activation activation;
    private final double[] bias;
    private final double[] outputWeights;
    private final double[] directionBias;
    private final double[] directionOutput;
    private final double[] delta;
    private final double[] curvature;
    private final DoubleBuffer x;
    private final DoubleBuffer direction;
    private final DoubleBuffer product;
    private final DoubleBuffer z;
    private final DoubleBuffer rz;
    private final RowPass first;
    private final RowPass second;

    BlasShallowHessian(double[] theta, int hidden, Activation activation, Loss loss, Dataset data, int chunkElements) {
        this.n = data.inputDimension();
        this.hidden = hidden;
        this.size = data.size();
        this.chunkRows = Math.max(1, Math.min(size, chunkElements / hidden));
        this.activation = activation;
        this.bias = Arrays.copyOfRange(theta, n * hidden, n * hidden + hidden);
        this.outputWeights = Arrays.copyOfRange(theta, n * hidden + hidden, n * hidden + 2 * hidden);
        this.directionBias = new double[hidden];
        this.directionOutput = new double[hidden];
        this.delta = new double[size];
        this.curvature = new double[size];
        this.x = Blas.allocate(size * n).put(0, data.x());
        this.z = Blas.allocate(size * hidden);
        this.direction = Blas.allocate(hidden * n);
        this.rz = Blas.allocate(chunkRows * hidden);
        this.product = Blas.allocate(hidden * n);
        this.first = new RowPass();
        this.second = new RowPass();
        double[] zRow = first.zRow;
        direction.put(0, theta, 0, n * hidden);
        Blas.gemm(false, true, size, hidden, n, 1.0, x, direction, 0.0, z);
        double[] f = new double[1];
        double[] g = new double[1];
        double[] one = {1.0};
        for (int i = 0; i < size; i++) {
            z.get(i * hidden, zRow, 0, hidden);
            double s = 0;
            for (int k = 0; k < hidden; k++) {
                zRow[k] += bias[k];
                s += outputWeights[k] * activation.value(zRow[k]);
            }
            z.put(i * hidden, zRow, 0, hidden);
            f[0] = s;
            loss.gradient(f, 1, data.y(), i * data.targetDimension(), g);
            delta[i] = g[0] / size;
            loss.hessianVector(f, 1, data.y(), i * data.targetDimension(), one, g);
            curvature[i] = g[0] / size;
        }
    }

    @Override
    public int dimension() {
        return n * hidden + 2 * hidden;
    }

    @Override
    public void apply(double[] v, double[] out) {
        int weights = n * hidden;
        direction.put(0, v, 0, weights);
        System.arraycopy(v, weights, directionBias, 0, hidden);
        System.arraycopy(v, weights + hidden, directionOutput, 0, hidden);
        first.start();
        second.start();
        for (int start = 0; start < size; start += chunkRows) {
            int rows = Math.min(chunkRows, size - start);
            DoubleBuffer chunk = x.slice(start * n, rows * n);
            Blas.gemm(false, true, rows, hidden, n, 1.0, chunk, direction, 0.0, rz);
            int chunkStart = start;
            if ((long) rows * hidden >= Engines.PARALLEL_ELEMENTS) {
                int half = rows / 2;
                TwoThreads.run(() -> first.rows(chunkStart, 0, half), () -> second.rows(chunkStart, half, rows));
            } else {
                first.rows(chunkStart, 0, rows);
            }
            Blas.gemm(true, false, hidden, n, rows, 1.0, rz, chunk, start == 0 ? 0.0 : 1.0, product);
        }
        product.get(0, out, 0, weights);
        for (int k = 0; k < hidden; k++) {
            out[weights + k] = first.biasProduct[k] + second.biasProduct[k];
            out[weights + hidden + k] = first.outputProduct[k] + second.outputProduct[k];
        }
    }

    /**
     * The elementwise passes over some rows of a chunk, with their own buffers and H·v accumulators for
     * b and a; all loops index their arrays by the same k, so the JIT can vectorize them.
     */
    private final class RowPass {
        private final double[] zRow = new double[hidden];
        private final double[] rRow = new double[hidden];
        private final double[] values = new double[hidden];
        private final double[] slopes = new double[hidden];
        private final double[] biasProduct = new double[hidden];
        private final double[] outputProduct = new double[hidden];

        void start() {
            Arrays.fill(biasProduct, 0.0);
            Arrays.fill(outputProduct, 0.0);
        }

        /** Rows [from, to) of the chunk starting at example chunkStart; leaves R{g} in R{Z} for the W GEMM. */
        void rows(int chunkStart, int from, int to) {
            for (int i = from; i < to; i++) {
                z.get((chunkStart + i) * hidden, zRow, 0, hidden);
                rz.get(i * hidden, rRow, 0, hidden);
                row(delta[chunkStart + i], curvature[chunkStart + i]);
                rz.put(i * hidden, rRow, 0, hidden);
            }
        }

        /** R{z} += v_b, σ(z), σ'(z); R{f}; R{δ} = ℓ''·R{f}; then the H·v terms of a and b, and R{g} into rRow. */
        private void row(double d, double c) {
            for (int k = 0; k < hidden; k++) {
                double zk = zRow[k];
                rRow[k] += directionBias[k];
                values[k] = activation.value(zk);
                slopes[k] = activation.derivative(zk);
            }
            double rf0 = 0;
            double rf1 = 0;
            for (int k = 0; k < hidden; k++) {
                double term = directionOutput[k] * values[k] + outputWeights[k] * slopes[k] * rRow[k];
                if ((k & 1) == 0) {
                    rf0 += term;
                } else {
                    rf1 += term;
                }
            }
            double rd = c * (rf0 + rf1);
            for (int k = 0; k < hidden; k++) {
                double d1 = slopes[k];
                double r = rRow[k];
                outputProduct[k] += rd * values[k] + d * d1 * r;
                double rg = (rd * outputWeights[k] + d * directionOutput[k]) * d1
                        + d * outputWeights[k] * activation.secondDerivative(zRow[k]) * r;
                biasProduct[k] += rg;
                rRow[k] = rg;
            }
        }
    }
}
