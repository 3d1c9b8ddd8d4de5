package org.theorykit.nn;

import java.util.Arrays;
import org.theorykit.Arguments;

/**
 * A dense feed-forward network with widths n = w_0, w_1, …, w_L = q: h_l = σ(W_l h_{l−1} + b_l) for
 * hidden layers, f = W_L h_{L−1} + b_L (linear output, with bias). p = Σ_l (w_{l−1} + 1)·w_l.
 * θ layout: "layerL.weights" (w_l × w_{l−1}) then "layerL.biases" (w_l), for l = 1..L.
 * {@link #biasFree} has no biases at all, p = Σ_l w_{l−1}·w_l: with ReLU, f(cθ) = c^L f(θ) for c &gt; 0
 * (positively homogeneous of degree L; Lyu &amp; Li 2020, arXiv:1906.05890), and the per-layer
 * rescaling W_l → αW_l, W_{l+1} → W_{l+1}/α of Dinh et al. 2017 leaves f unchanged exactly.
 */
public final class DeepMlp extends Model {

    private final int[] widths;
    private final Activation activation;

    private DeepMlp(GraphBuilder graph, int outputUnit, int[] widths, Activation activation) {
        super(graph, outputUnit, widths[widths.length - 1]);
        this.widths = widths;
        this.activation = activation;
    }

    /** widths = {n, w_1, …, q}, at least two entries, all positive. */
    public static DeepMlp of(int[] widths, Activation activation) {
        return build(widths, activation, true);
    }

    /** The same widths without any bias (see the class comment). */
    public static DeepMlp biasFree(int[] widths, Activation activation) {
        return build(widths, activation, false);
    }

    private static DeepMlp build(int[] widths, Activation activation, boolean biases) {
        if (widths == null || widths.length < 2) {
            throw new IllegalArgumentException("widths = " + Arrays.toString(widths)
                    + "; accepted: at least 2 positive widths {inputs, ..., outputs}");
        }
        for (int l = 0; l < widths.length; l++) {
            Arguments.positive("widths[" + l + "]", widths[l]);
        }
        if (activation == null && widths.length > 2) {
            throw new IllegalArgumentException("activation = null; accepted: an Activation");
        }
        GraphBuilder g = new GraphBuilder(widths[0]);
        int previous = 0;
        for (int l = 1; l < widths.length; l++) {
            boolean last = l == widths.length - 1;
            GraphBuilder.Slices layer = g.slices("layer" + l, widths[l - 1], widths[l], biases);
            int first = g.units(widths[l]);
            g.dense(layer, previous, first, last ? null : activation, last ? 1.0 : 2.0);
            previous = first;
        }
        return new DeepMlp(g, previous, widths.clone(), activation);
    }

    public int[] widths() {
        return widths.clone();
    }

    /** σ of the hidden layers (null for a net without hidden layers, widths = {n, q}). */
    public Activation activation() {
        return activation;
    }
}
