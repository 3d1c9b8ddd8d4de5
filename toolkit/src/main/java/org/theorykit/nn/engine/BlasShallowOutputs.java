package org.theorykit.nn.engine;

import java.nio.DoubleBuffer;
import org.theorykit.linalg.Blas;
import org.theorykit.nn.Activation;
import org.theorykit.nn.Dataset;

/**
 * Outputs f_o(x_i) = Σ_k a_{o,k} σ(⟨w_k, x_i⟩ + b_k) of a {@code ShallowNet} for a whole data set, the
 * pre-activations of a chunk of rows by one GEMM Z = X Wᵀ ({@link Blas#gemm} on direct buffers) and the
 * rest in one pass per row. Used by {@code ShallowNet} for large data × width, where the generic
 * engine's per-example graph walk costs more than a full gradient (e.g. an interpolation check after
 * every epoch of full-batch training). The scratch buffers are per thread and grow on demand.
 */
final class BlasShallowOutputs {

    private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

    private BlasShallowOutputs() {
    }

    /** out[i·q + o] = f_o(x_i; θ) for every example of data (θ in {@code ShallowNet}'s layout). */
    static void outputs(double[] theta, int inputs, int hidden, int outputs, Activation activation, Dataset data,
                        double[] out) {
        int n = data.size();
        int rows = Math.max(1, Math.min(n, Engines.CHUNK_ELEMENTS / hidden));
        Scratch s = SCRATCH.get().ensure(rows * inputs, inputs * hidden, rows * hidden);
        s.wt.clear();
        for (int k = 0; k < inputs; k++) {                       // Wᵀ: n × N, row k = input k's weights
            for (int j = 0; j < hidden; j++) {
                s.wt.put(k * hidden + j, theta[j * inputs + k]);
            }
        }
        int biases = hidden * inputs;
        int outputWeights = biases + hidden;
        double[] x = data.x();
        double[] z = new double[hidden];
        for (int from = 0; from < n; from += rows) {
            int count = Math.min(rows, n - from);
            s.x.clear();
            s.x.put(x, from * inputs, count * inputs).rewind();
            Blas.gemm(false, false, count, hidden, inputs, 1.0, s.x, s.wt, 0.0, s.z);
            for (int r = 0; r < count; r++) {
                s.z.get(r * hidden, z, 0, hidden);
                for (int j = 0; j < hidden; j++) {
                    z[j] = activation.value(z[j] + theta[biases + j]);
                }
                for (int o = 0; o < outputs; o++) {
                    double sum = 0;
                    int row = outputWeights + o * hidden;
                    for (int j = 0; j < hidden; j++) {
                        sum += theta[row + j] * z[j];
                    }
                    out[(from + r) * outputs + o] = sum;
                }
            }
        }
    }

    /** Direct buffers for X (chunk), Wᵀ and Z (chunk), reallocated only when a larger size is asked for. */
    private static final class Scratch {
        DoubleBuffer x = Blas.allocate(0);
        DoubleBuffer wt = Blas.allocate(0);
        DoubleBuffer z = Blas.allocate(0);

        Scratch ensure(int xSize, int wtSize, int zSize) {
            x = x.capacity() >= xSize ? x : Blas.allocate(xSize);
            wt = wt.capacity() >= wtSize ? wt : Blas.allocate(wtSize);
            z = z.capacity() >= zSize ? z : Blas.allocate(zSize);
            return this;
        }
    }
}
