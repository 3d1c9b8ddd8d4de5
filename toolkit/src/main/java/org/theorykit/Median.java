package org.theorykit;

import java.util.Arrays;

/**
 * The one median of the toolkit: the middle value of the sorted sample for odd n and the mean of the
 * two middle values for even n (the sample median of any statistics text, and what Tablesaw's
 * {@code median} aggregate returns), so a median in a result table, a chart and a check agree.
 */
public final class Median {

    private Median() {
    }

    /** The median of the values (not modified); throws on an empty or null array or a NaN. */
    public static double of(double... values) {
        if (values == null || values.length == 0) {
            throw new IllegalArgumentException("values must hold at least one number, got "
                    + (values == null ? "null" : "an empty array"));
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return ofSorted(sorted);
    }

    /** The median of values already sorted ascending; throws on an empty array or a NaN. */
    public static double ofSorted(double[] sorted) {
        if (sorted == null || sorted.length == 0) {
            throw new IllegalArgumentException("sorted must hold at least one number, got "
                    + (sorted == null ? "null" : "an empty array"));
        }
        for (int i = 0; i < sorted.length; i++) {
            if (Double.isNaN(sorted[i])) {
                throw new IllegalArgumentException("values must not be NaN, got NaN at index " + i);
            }
            if (i > 0 && sorted[i] < sorted[i - 1]) {
                throw new IllegalArgumentException("sorted must be ascending, got " + sorted[i - 1] + " before " + sorted[i]
                        + " at index " + i);
            }
        }
        int half = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[half] : (sorted[half - 1] + sorted[half]) / 2;
    }
}
