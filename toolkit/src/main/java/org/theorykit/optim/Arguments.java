package org.theorykit.optim;

/** Argument checks whose messages name the parameter, the value and the accepted range. */
final class Arguments {

    private Arguments() {
    }

    static double positiveFinite(String name, double value) {
        if (!(value > 0) || !Double.isFinite(value)) {
            throw new IllegalArgumentException(name + " must be finite and > 0, got " + value);
        }
        return value;
    }

    static double nonNegativeFinite(String name, double value) {
        if (!(value >= 0) || !Double.isFinite(value)) {
            throw new IllegalArgumentException(name + " must be finite and >= 0, got " + value);
        }
        return value;
    }

    /** Checks lower ≤ value &lt; upper. */
    static double halfOpen(String name, double value, double lower, double upper) {
        if (!(value >= lower && value < upper)) {
            throw new IllegalArgumentException(name + " must be in [" + lower + ", " + upper + "), got " + value);
        }
        return value;
    }

    static long atLeast(String name, long value, long lower) {
        if (value < lower) {
            throw new IllegalArgumentException(name + " must be >= " + lower + ", got " + value);
        }
        return value;
    }
}
