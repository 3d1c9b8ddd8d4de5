package org.theorykit.nn;

import java.util.Arrays;

/**
 * A named contiguous slice θ[offset .. offset+length) of a model's parameter vector, read as a
 * row-major array of the given shape. {@link Kind#WEIGHTS} of a dense layer have shape
 * {out, in}; row k is the incoming weights of neuron k, its "filter" in the sense of Li et al. 2018
 * (arXiv:1712.09913), listed separately by {@link Model#filters()}.
 */
public record ParameterView(String name, Kind kind, int offset, int length, int[] shape) {

    public enum Kind { WEIGHTS, BIASES, FILTER }

    public ParameterView {
        shape = shape.clone();
        int product = 1;
        for (int s : shape) {
            product *= s;
        }
        if (offset < 0 || product != length) {
            throw new IllegalArgumentException("view " + name + ": offset = " + offset + ", length = " + length
                    + ", shape = " + Arrays.toString(shape) + "; accepted: offset >= 0 and length = product of shape");
        }
    }

    @Override
    public int[] shape() {
        return shape.clone();
    }

    /** A copy of this slice of θ. */
    public double[] get(double[] theta) {
        return Arrays.copyOfRange(theta, offset, offset + length);
    }

    @Override
    public String toString() {
        return name + " " + kind + " [" + offset + ", " + (offset + length) + ") " + Arrays.toString(shape);
    }
}
