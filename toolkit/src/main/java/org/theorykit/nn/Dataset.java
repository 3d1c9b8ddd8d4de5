package org.theorykit.nn;

import org.theorykit.Arguments;

/**
 * n examples stored row-major: inputs x (n × d, example i at x[i·d .. i·d+d)) and targets y
 * (n × t, example i at y[i·t .. i·t+t)). Arrays are used as given, not copied; the constructor checks
 * shapes and that every value is finite.
 */
public record Dataset(double[] x, double[] y, int size, int inputDimension, int targetDimension) {

    public Dataset {
        Arguments.positive("size", size);
        Arguments.positive("inputDimension", inputDimension);
        Arguments.positive("targetDimension", targetDimension);
        Arguments.length("x", x, size * inputDimension);
        Arguments.length("y", y, size * targetDimension);
        Arguments.finite("x", x);
        Arguments.finite("y", y);
    }

    /**
     * The example index batch[position], checked: an index outside 0 … size − 1 throws, naming the
     * position. Every minibatch path (the models' and the engines') reads its examples through this.
     */
    public int example(int[] batch, int position) {
        int i = batch[position];
        if (i < 0 || i >= size) {
            throw new IllegalArgumentException("batch[" + position + "] = " + i + "; accepted: 0 <= index < " + size);
        }
        return i;
    }

    /** One row per example; scalar targets. */
    public static Dataset of(double[][] x, double[] y) {
        double[][] columns = new double[y == null ? 0 : y.length][];
        for (int i = 0; i < columns.length; i++) {
            columns[i] = new double[] {y[i]};
        }
        return of(x, columns);
    }

    /** One row per example in both arrays; all rows of x (and of y) the same length. */
    public static Dataset of(double[][] x, double[][] y) {
        if (x == null || x.length == 0) {
            throw new IllegalArgumentException("x has no rows; accepted: at least one example");
        }
        if (y == null || y.length != x.length) {
            throw new IllegalArgumentException("y has " + (y == null ? "no" : y.length) + " rows; accepted: "
                    + x.length + " (one per row of x)");
        }
        return new Dataset(flatten("x", x), flatten("y", y), x.length, x[0].length, y[0].length);
    }

    private static double[] flatten(String name, double[][] rows) {
        int width = rows[0].length;
        double[] flat = new double[rows.length * width];
        for (int i = 0; i < rows.length; i++) {
            if (rows[i].length != width) {
                throw new IllegalArgumentException(name + "[" + i + "].length = " + rows[i].length
                        + "; accepted: " + width + " (the length of " + name + "[0])");
            }
            System.arraycopy(rows[i], 0, flat, i * width, width);
        }
        return flat;
    }
}
