package org.theorykit;

/**
 * Argument checks shared by the toolkit's packages: each failure is an {@link IllegalArgumentException}
 * whose message names the parameter, the value and the accepted range.
 */
public final class Arguments {

    private Arguments() {
    }

    public static double positiveFinite(String name, double value) {
        if (!(value > 0) || !Double.isFinite(value)) {
            throw new IllegalArgumentException(name + " must be finite and > 0, got " + value);
        }
        return value;
    }

    public static double nonNegativeFinite(String name, double value) {
        if (!(value >= 0) || !Double.isFinite(value)) {
            throw new IllegalArgumentException(name + " must be finite and >= 0, got " + value);
        }
        return value;
    }

    /** Checks lower ≤ value &lt; upper. */
    public static double halfOpen(String name, double value, double lower, double upper) {
        if (!(value >= lower && value < upper)) {
            throw new IllegalArgumentException(name + " must be in [" + lower + ", " + upper + "), got " + value);
        }
        return value;
    }

    public static long atLeast(String name, long value, long lower) {
        if (value < lower) {
            throw new IllegalArgumentException(name + " must be >= " + lower + ", got " + value);
        }
        return value;
    }

    public static double finite(String name, double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(name + " must be finite, got " + value);
        }
        return value;
    }

    /** Checks that [low, high] is a finite interval with low &lt; high. */
    public static void interval(String lowName, double low, String highName, double high) {
        finite(lowName, low);
        finite(highName, high);
        if (!(low < high)) {
            throw new IllegalArgumentException(lowName + " must be < " + highName + ", got [" + low + ", " + high + "]");
        }
    }

    public static <T> T notNull(String name, T value) {
        if (value == null) {
            throw new IllegalArgumentException(name + " must not be null");
        }
        return value;
    }
}
