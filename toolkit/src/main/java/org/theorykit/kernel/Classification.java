package org.theorykit.kernel;

import org.theorykit.Arguments;

/** Class decisions from real-valued outputs and their error rate. */
public final class Classification {

    private Classification() {
    }

    /** The index of the largest entry of each row (ties: the first). */
    public static int[] argmax(double[][] outputs) {
        Arguments.matrix("outputs", outputs, -1);
        int[] classes = new int[outputs.length];
        for (int i = 0; i < outputs.length; i++) {
            double[] row = outputs[i];
            int best = 0;
            for (int j = 1; j < row.length; j++) {
                if (row[j] > row[best]) {
                    best = j;
                }
            }
            classes[i] = best;
        }
        return classes;
    }

    /** The fraction of predictions that differ from the labels. */
    public static double errorRate(int[] predicted, int[] labels) {
        Arguments.notNull("predicted", predicted);
        Arguments.notNull("labels", labels);
        if (predicted.length != labels.length || labels.length == 0) {
            throw new IllegalArgumentException("predicted and labels must have the same positive length, got "
                    + predicted.length + " and " + labels.length);
        }
        int wrong = 0;
        for (int i = 0; i < labels.length; i++) {
            if (predicted[i] != labels[i]) {
                wrong++;
            }
        }
        return (double) wrong / labels.length;
    }
}
