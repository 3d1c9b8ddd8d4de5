package org.theorykit.nn;

import org.theorykit.Arguments;

/**
 * f(x) = W x + b with W ∈ R^{q×n}, b ∈ R^q: p = (n+1)q. θ layout: "linear.weights", "linear.biases".
 * Initial W ~ N(0, 1/n), b = 0.
 */
public final class LinearModel extends Model {

    private LinearModel(GraphBuilder graph, int outputUnit, int outputs) {
        super(graph, outputUnit, outputs);
    }

    public static LinearModel of(int inputs, int outputs) {
        GraphBuilder g = new GraphBuilder(inputs);
        Arguments.positive("outputs", outputs);
        GraphBuilder.Slices linear = g.slices("linear", inputs, outputs, true);
        int first = g.units(outputs);
        g.dense(linear, 0, first, null, 1.0);
        return new LinearModel(g, first, outputs);
    }
}
