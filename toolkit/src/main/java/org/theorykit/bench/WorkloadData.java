package org.theorykit.bench;

import java.util.Random;
import org.theorykit.nn.Dataset;

/** The seeded data sets of the nn workloads; each generator states its distribution and target. */
final class WorkloadData {

    private WorkloadData() {
    }

    /** x ~ U[−1, 1]^8, y = (1/4) Σ_{j<4} cos(1.5π (x_{2j} + x_{2j+1})) (the first-level nodes of Poggio et al.'s tree target). */
    static Dataset compositional8(int size, long seed) {
        Random random = new Random(seed);
        double[] x = new double[size * 8];
        double[] y = new double[size];
        for (int i = 0; i < size; i++) {
            double sum = 0;
            for (int j = 0; j < 4; j++) {
                double a = 2 * random.nextDouble() - 1;
                double b = 2 * random.nextDouble() - 1;
                x[i * 8 + 2 * j] = a;
                x[i * 8 + 2 * j + 1] = b;
                sum += Math.cos(1.5 * Math.PI * (a + b));
            }
            y[i] = sum / 4;
        }
        return new Dataset(x, y, size, 8, 1);
    }

    /** x ~ N(0, I_d), y = sin(Σ_j x_j / √d). */
    static Dataset gaussianSine(int size, int dimension, long seed) {
        Random random = new Random(seed);
        double[] x = new double[size * dimension];
        double[] y = new double[size];
        for (int i = 0; i < size; i++) {
            double sum = 0;
            for (int j = 0; j < dimension; j++) {
                x[i * dimension + j] = random.nextGaussian();
                sum += x[i * dimension + j];
            }
            y[i] = Math.sin(sum / Math.sqrt(dimension));
        }
        return new Dataset(x, y, size, dimension, 1);
    }

    static int[] identity(int size) {
        int[] indices = new int[size];
        for (int i = 0; i < size; i++) {
            indices[i] = i;
        }
        return indices;
    }
}
