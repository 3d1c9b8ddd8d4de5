package org.theorykit.nn;

import java.util.ArrayList;
import java.util.List;
import org.theorykit.Arguments;

/**
 * Lays out a model: allocates unit buffers (inputs first) and θ slices, records the dense ops in
 * evaluation order and the named views of θ.
 */
final class GraphBuilder {

    /** θ slices of one dense layer (or of one shared set of weights). */
    record Slices(int weightOffset, int biasOffset, int inDim, int outDim) {
    }

    final int inputs;
    int units;
    int parameters;
    final List<DenseOp> ops = new ArrayList<>();
    final List<ParameterView> views = new ArrayList<>();
    final List<ParameterView> filters = new ArrayList<>();

    GraphBuilder(int inputs) {
        this.inputs = Arguments.positive("inputDimension", inputs);
        this.units = inputs;
    }

    /** Reserves {@code count} consecutive units and returns the first. */
    int units(int count) {
        int first = units;
        units += count;
        return first;
    }

    /** Reserves an outDim × inDim weight matrix (and an outDim bias if {@code bias}) named {@code name}. */
    Slices slices(String name, int inDim, int outDim, boolean bias) {
        int weights = parameters;
        parameters += inDim * outDim;
        views.add(new ParameterView(name + ".weights", ParameterView.Kind.WEIGHTS, weights, inDim * outDim,
                new int[] {outDim, inDim}));
        for (int k = 0; k < outDim; k++) {
            filters.add(new ParameterView(name + ".filter" + k, ParameterView.Kind.FILTER, weights + k * inDim,
                    inDim, new int[] {inDim}));
        }
        int biases = -1;
        if (bias) {
            biases = parameters;
            parameters += outDim;
            views.add(new ParameterView(name + ".biases", ParameterView.Kind.BIASES, biases, outDim,
                    new int[] {outDim}));
        }
        return new Slices(weights, biases, inDim, outDim);
    }

    /** Adds a dense op on the given slices; initial weights ~ N(0, gain/inDim). */
    void dense(Slices s, int in, int out, Activation activation, double gain) {
        ops.add(new DenseOp(in, s.inDim(), out, s.outDim(), s.weightOffset(), s.biasOffset(), activation,
                Math.sqrt(gain / s.inDim())));
    }
}
