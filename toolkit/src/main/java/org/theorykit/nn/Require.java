package org.theorykit.nn;

/** Argument checks that fail with an {@link IllegalArgumentException} naming the argument, its value and what is accepted. */
final class Require {

    private Require() {
    }

    static int positive(String name, int value) {
        if (value <= 0) {
            throw new IllegalArgumentException(name + " = " + value + "; accepted: a positive integer");
        }
        return value;
    }

    static void length(String name, double[] array, int expected) {
        if (array == null) {
            throw new IllegalArgumentException(name + " is null; accepted: a double[] of length " + expected);
        }
        if (array.length != expected) {
            throw new IllegalArgumentException(
                    name + ".length = " + array.length + "; accepted: exactly " + expected);
        }
    }

    static void finite(String name, double[] array) {
        for (int i = 0; i < array.length; i++) {
            if (!Double.isFinite(array[i])) {
                throw new IllegalArgumentException(
                        name + "[" + i + "] = " + array[i] + "; accepted: finite values only");
            }
        }
    }

    /** Checks length and finiteness of a parameter-like vector. */
    static void vector(String name, double[] array, int expected) {
        length(name, array, expected);
        finite(name, array);
    }

    static void index(String name, int value, int size) {
        if (value < 0 || value >= size) {
            throw new IllegalArgumentException(name + " = " + value + "; accepted: 0 <= " + name + " < " + size);
        }
    }

    static void range(String name, int from, int to, int length) {
        if (from < 0 || to > length || from >= to) {
            throw new IllegalArgumentException(name + " range [" + from + ", " + to + ") is empty or outside [0, "
                    + length + "); accepted: 0 <= from < to <= " + length);
        }
    }
}
