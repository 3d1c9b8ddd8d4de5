package org.theorykit.nn;

import java.nio.DoubleBuffer;
import java.util.Arrays;
import org.bytedeco.javacpp.DoublePointer;
import org.theorykit.landscape.HessianVectorProduct;
import smile.math.blas.BLAS;
import smile.math.blas.Layout;
import smile.math.blas.Transpose;

/**
 * Exact H·v of the mean loss of a one-output {@link ShallowNet} over a whole data set at a fixed θ,
 * by the R-operator (Pearlmutter 1994) with the forward pass done once: the constructor stores
 * Z = X Wᵀ + b, δ_i = ℓ'(f_i)/n and ℓ''(f_i)/n; each product then costs two GEMMs,
 * R{Z} = X V_Wᵀ and H_W·v = R{G}ᵀ X, plus one fused pass over the rows of Z:
 * R{f} = Σ_k v_{a,k} σ(z_k) + a_k σ'(z_k) R{z_k}, R{δ} = ℓ''·R{f},
 * R{g_k} = (R{δ} a_k + δ v_{a,k}) σ'(z_k) + δ a_k σ''(z_k) R{z_k}. Matrices live off-heap as in
 * {@link BlasShallowKernel}; products run in row chunks of at most chunkElements entries.
 */
final class BlasShallowHessian implements HessianVectorProduct {

    private final int n;
    private final int hidden;
    private final int size;
    private final int chunkRows;
    private final Activation activation;
    private final double[] bias;
    private final double[] outputWeights;
    private final double[] delta;
    private final double[] curvature;
    private final DoublePointer xPointer;
    private final DoublePointer zPointer;
    private final DoublePointer vPointer;
    private final DoublePointer rzPointer;
    private final DoublePointer outPointer;
    private final DoubleBuffer z;
    private final DoubleBuffer rz;
    private final double[] zRow;
    private final double[] rRow;

    BlasShallowHessian(double[] theta, int hidden, Activation activation, Loss loss, Dataset data, int chunkElements) {
        this.n = data.inputDimension();
        this.hidden = hidden;
        this.size = data.size();
        this.chunkRows = Math.max(1, Math.min(size, chunkElements / hidden));
        this.activation = activation;
        this.bias = Arrays.copyOfRange(theta, n * hidden, n * hidden + hidden);
        this.outputWeights = Arrays.copyOfRange(theta, n * hidden + hidden, n * hidden + 2 * hidden);
        this.delta = new double[size];
        this.curvature = new double[size];
        this.xPointer = new DoublePointer(data.x());
        this.zPointer = new DoublePointer((long) size * hidden);
        this.vPointer = new DoublePointer((long) hidden * n);
        this.rzPointer = new DoublePointer((long) chunkRows * hidden);
        this.outPointer = new DoublePointer((long) hidden * n);
        this.z = zPointer.asBuffer();
        this.rz = rzPointer.asBuffer();
        this.zRow = new double[hidden];
        this.rRow = new double[hidden];
        vPointer.put(theta, 0, n * hidden);
        BLAS.engine.gemm(Layout.ROW_MAJOR, Transpose.NO_TRANSPOSE, Transpose.TRANSPOSE, size, hidden, n, 1.0,
                xPointer, n, vPointer, n, 0.0, zPointer, hidden);
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
        Arrays.fill(out, weights, out.length, 0.0);
        vPointer.put(v, 0, weights);
        for (int start = 0; start < size; start += chunkRows) {
            int rows = Math.min(chunkRows, size - start);
            xPointer.position((long) start * n);
            BLAS.engine.gemm(Layout.ROW_MAJOR, Transpose.NO_TRANSPOSE, Transpose.TRANSPOSE, rows, hidden, n, 1.0,
                    xPointer, n, vPointer, n, 0.0, rzPointer, hidden);
            for (int i = 0; i < rows; i++) {
                z.get((start + i) * hidden, zRow, 0, hidden);
                rz.get(i * hidden, rRow, 0, hidden);
                rowProduct(v, weights, delta[start + i], curvature[start + i], out);
                rz.put(i * hidden, rRow, 0, hidden);
            }
            BLAS.engine.gemm(Layout.ROW_MAJOR, Transpose.TRANSPOSE, Transpose.NO_TRANSPOSE, hidden, n, rows, 1.0,
                    rzPointer, hidden, xPointer, n, start == 0 ? 0.0 : 1.0, outPointer, n);
            xPointer.position(0);
        }
        outPointer.get(out, 0, weights);
    }

    /** One example's share of H·v for a, b (added into out); leaves R{g} in rRow for the W GEMM. */
    private void rowProduct(double[] v, int weights, double d, double c, double[] out) {
        int vb = weights;
        int va = weights + hidden;
        double rf = 0;
        for (int k = 0; k < hidden; k++) {
            double zk = zRow[k];
            rRow[k] += v[vb + k];
            rf += v[va + k] * activation.value(zk) + outputWeights[k] * activation.derivative(zk) * rRow[k];
        }
        double rd = c * rf;
        for (int k = 0; k < hidden; k++) {
            double zk = zRow[k];
            double d1 = activation.derivative(zk);
            double rzk = rRow[k];
            out[va + k] += rd * activation.value(zk) + d * d1 * rzk;
            double rg = (rd * outputWeights[k] + d * v[va + k]) * d1
                    + d * outputWeights[k] * activation.secondDerivative(zk) * rzk;
            out[vb + k] += rg;
            rRow[k] = rg;
        }
    }
}
