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

    /** Checks that array is non-null, non-empty and finite. */
    public static void nonEmpty(String name, double[] array) {
        if (array == null || array.length == 0) {
            throw new IllegalArgumentException(name + " must be a non-empty double[], got "
                    + (array == null ? "null" : "an empty array"));
        }
        finite(name, array);
    }

    /**
     * Checks that x is a non-empty matrix of finite entries whose rows all have {@code columns}
     * entries, or all as many as x[0] when {@code columns} &lt; 0; returns the column count.
     */
    public static int matrix(String name, double[][] x, int columns) {
        if (x == null || x.length == 0) {
            throw new IllegalArgumentException(name + " must be a non-empty double[][], got "
                    + (x == null ? "null" : "no rows"));
        }
        int width = columns >= 0 ? columns : x[0] == null ? 0 : x[0].length;
        for (int i = 0; i < x.length; i++) {
            if (x[i] == null) {
                throw new IllegalArgumentException(name + "[" + i + "] must not be null");
            }
            if (x[i].length != width || width == 0) {
                throw new IllegalArgumentException(name + "[" + i + "].length must be " + (width == 0 ? ">= 1" : width)
                        + (columns >= 0 ? "" : " (as " + name + "[0])") + ", got " + x[i].length);
            }
            finite(name + "[" + i + "]", x[i]);
        }
        return width;
    }

    /**
     * Checks x as {@link #matrix(String, double[][], int)} and that it has one row per row of the
     * matrix {@code rowsName}, which has {@code rows}.
     */
    public static int matrix(String name, double[][] x, String rowsName, int rows, int columns) {
        int width = matrix(name, x, columns);
        if (x.length != rows) {
            throw new IllegalArgumentException(name + " must have one row per row of " + rowsName + " (" + rows
                    + "), got " + x.length);
        }
        return width;
    }
}
