package org.theorykit.data;

import org.theorykit.nn.Dataset;

/**
 * Samples of a {@link MultivariateTarget}: inputs row-major (example i at x[i·n .. i·n+n)) and
 * scalar labels.
 */
public record TargetSample(double[] x, double[] y, int size, int dimension) {

    public TargetSample {
        if (x.length != size * dimension || y.length != size) {
            throw new IllegalArgumentException("x.length = " + x.length + ", y.length = " + y.length
                    + "; accepted: size·dimension = " + size * dimension + " and size = " + size);
        }
    }

    /** The sample as a training set for {@link org.theorykit.nn.SupervisedObjective} (arrays shared). */
    public Dataset toDataset() {
        return new Dataset(x, y, size, dimension, 1);
    }

    /** The mean of the labels' squares minus the square of their mean: the MSE of the best constant. */
    public double labelVariance() {
        double mean = 0;
        for (double v : y) {
            mean += v;
        }
        mean /= size;
        double var = 0;
        for (double v : y) {
            var += (v - mean) * (v - mean);
        }
        return var / size;
    }
}
