package org.theorykit.kernel;

import org.theorykit.Median;
import org.theorykit.Arguments;
import java.util.SplittableRandom;

/** Bandwidth rules that look only at the training inputs, never at test data. */
public final class Bandwidth {

    private Bandwidth() {
    }

    /**
     * The median heuristic: the median Euclidean distance between pairs of distinct training points —
     * over all pairs when there are at most {@code pairs} of them, else over {@code pairs} pairs drawn
     * at random with {@code seed}. On MNIST pixels in [0, 1] it is about 10, close to the σ = 5–10
     * used by Belkin, Ma, Mandal 2018.
     */
    public static double medianDistance(double[][] x, int pairs, long seed) {
        Arguments.matrix("x", x, -1);
        if (x.length < 2) {
            throw new IllegalArgumentException("x must hold at least 2 points, got " + x.length);
        }
        if (pairs < 1) {
            throw new IllegalArgumentException("pairs must be >= 1, got " + pairs);
        }
        long allPairs = (long) x.length * (x.length - 1) / 2;
        double[] distances;
        if (allPairs <= pairs) {
            distances = new double[(int) allPairs];
            for (int i = 0, k = 0; i < x.length; i++) {
                for (int j = i + 1; j < x.length; j++) {
                    distances[k++] = Math.sqrt(Kernel.squaredDistance(x[i], x[j]));
                }
            }
        } else {
            SplittableRandom random = new SplittableRandom(seed);
            distances = new double[pairs];
            for (int k = 0; k < pairs; k++) {
                int i = random.nextInt(x.length);
                int j = random.nextInt(x.length - 1);
                distances[k] = Math.sqrt(Kernel.squaredDistance(x[i], x[j < i ? j : j + 1]));
            }
        }
        return Median.of(distances);
    }
}
