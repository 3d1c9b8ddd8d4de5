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

    /** Checks value ≥ 1. */
    public static int positive(String name, int value) {
        if (value < 1) {
            throw new IllegalArgumentException(name + " must be >= 1, got " + value);
        }
        return value;
    }

    /** Checks that array is non-null with the expected length. */
    public static void length(String name, double[] array, int expected) {
        if (array == null) {
            throw new IllegalArgumentException(name + " must be a double[] of length " + expected + ", got null");
        }
        if (array.length != expected) {
            throw new IllegalArgumentException(name + ".length must be " + expected + ", got " + array.length);
        }
    }

    /** Checks every entry; the message names the first offending index. */
    public static void finite(String name, double[] array) {
        for (int i = 0; i < array.length; i++) {
            if (!Double.isFinite(array[i])) {
                throw new IllegalArgumentException(name + "[" + i + "] must be finite, got " + array[i]);
            }
        }
    }

    /** Checks length and finiteness of a parameter-like vector. */
    public static void vector(String name, double[] array, int expected) {
        length(name, array, expected);
        finite(name, array);
    }

    /** Checks 0 ≤ value &lt; size. */
    public static int index(String name, int value, int size) {
        if (value < 0 || value >= size) {
            throw new IllegalArgumentException(name + " must be in [0, " + size + "), got " + value);
        }
        return value;
    }

    /** Checks that [from, to) is a non-empty range inside [0, length). */
    public static void range(String name, int from, int to, int length) {
        if (from < 0 || to > length || from >= to) {
            throw new IllegalArgumentException(name + " range must be a non-empty [from, to) inside [0, " + length
                    + "), got [" + from + ", " + to + ")");
        }
    }

    /** Checks lower ≤ value ≤ upper. */
    public static int inRange(String name, int value, int lower, int upper) {
        if (value < lower || value > upper) {
            throw new IllegalArgumentException(name + " must be in [" + lower + ", " + upper + "], got " + value);
        }
        return value;
    }
}
