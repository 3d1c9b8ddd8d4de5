package org.theorykit.nn;

import java.util.Arrays;
import org.theorykit.Arguments;

/**
 * A dense feed-forward network with widths n = w_0, w_1, …, w_L = q: h_l = σ(W_l h_{l−1} + b_l) for
 * hidden layers, f = W_L h_{L−1} + b_L (linear output, with bias). p = Σ_l (w_{l−1} + 1)·w_l.
 * θ layout: "layerL.weights" (w_l × w_{l−1}) then "layerL.biases" (w_l), for l = 1..L.
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
            GraphBuilder.Slices layer = g.slices("layer" + l, widths[l - 1], widths[l], true);
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
