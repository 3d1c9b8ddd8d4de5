package org.theorykit.dynamics;

/** Argument checks whose messages name the parameter, the value and the accepted range. */
final class Require {

    private Require() {
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

    static double finite(String name, double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(name + " must be finite, got " + value);
        }
        return value;
    }

    static long atLeast(String name, long value, long lower) {
        if (value < lower) {
            throw new IllegalArgumentException(name + " must be >= " + lower + ", got " + value);
        }
        return value;
    }

    static void interval(String lowName, double low, String highName, double high) {
        finite(lowName, low);
        finite(highName, high);
        if (!(low < high)) {
            throw new IllegalArgumentException(lowName + " must be < " + highName + ", got [" + low + ", " + high + "]");
        }
    }

    static <T> T notNull(String name, T value) {
        if (value == null) {
            throw new IllegalArgumentException(name + " must not be null");
        }
        return value;
    }
}
