package org.theorykit.nn;

import java.util.Random;
import org.theorykit.Arguments;

/**
 * A random-features model f(x) = Σ_{k≤N} a_{o,k} φ(⟨w_k, x⟩ + b_k) whose first layer (w_k, b_k) is
 * drawn once from a seed and fixed; only the output weights a (q × N, "output.weights", no bias) are
 * trained, p = qN. Two feature maps:
 * <ul>
 * <li>{@link #relu}: φ = ReLU, w_k ~ N(0, I/n), b_k = 0 (random ReLU features);</li>
 * <li>{@link #fourier}: φ = cos, w_k ~ N(0, I/σ²), b_k ~ U[0, 2π) (random Fourier features of the
 * Gaussian kernel exp(−‖x−x'‖²/(2σ²)), Rahimi–Recht 2007, as in Belkin et al. 2019, arXiv:1812.11118);
 * the usual factor √(2/N) is left to a.</li>
 * </ul>
 * Initial a ~ N(0, 1/N).
 */
public final class RandomFeatures extends Model {

    private RandomFeatures(GraphBuilder graph, int outputUnit, int outputs) {
        super(graph, outputUnit, outputs);
    }

    public static RandomFeatures relu(int inputs, int features, int outputs, long seed) {
        Arguments.positive("inputs", inputs);
        Arguments.positive("features", features);
        Random random = new Random(seed);
        double[] w = gaussian(random, features * inputs, 1.0 / Math.sqrt(inputs));
        return build(inputs, features, outputs, w, new double[features], Activation.relu());
    }

    /** bandwidth σ > 0 (finite). */
    public static RandomFeatures fourier(int inputs, int features, int outputs, double bandwidth, long seed) {
        Arguments.positive("inputs", inputs);
        Arguments.positive("features", features);
        if (!(bandwidth > 0) || Double.isInfinite(bandwidth)) {
            throw new IllegalArgumentException("bandwidth = " + bandwidth + "; accepted: a finite number > 0");
        }
        Random random = new Random(seed);
        double[] w = gaussian(random, features * inputs, 1.0 / bandwidth);
        double[] b = new double[features];
        for (int k = 0; k < features; k++) {
            b[k] = 2 * Math.PI * random.nextDouble();
        }
        return build(inputs, features, outputs, w, b, Activation.cosine());
    }

    private static double[] gaussian(Random random, int count, double std) {
        double[] values = new double[count];
        for (int i = 0; i < count; i++) {
            values[i] = std * random.nextGaussian();
        }
        return values;
    }

    private static RandomFeatures build(int inputs, int features, int outputs, double[] w, double[] b,
                                        Activation feature) {
        Arguments.positive("outputs", outputs);
        GraphBuilder g = new GraphBuilder(inputs);
        GraphBuilder.Slices output = g.slices("output", features, outputs, false);
        int featureFirst = g.units(features);
        int outputFirst = g.units(outputs);
        g.fixed(w, b, 0, inputs, featureFirst, features, feature);
        g.dense(output, featureFirst, outputFirst, null, 1.0);
        return new RandomFeatures(g, outputFirst, outputs);
    }
}
