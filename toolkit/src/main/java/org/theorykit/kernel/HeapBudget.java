package org.theorykit.kernel;

/** Refuses dense matrices that would not fit in the Java heap, with the numbers that say why. */
final class HeapBudget {

    private HeapBudget() {
    }

    /** Throws unless a {@code rows × cols} double matrix fits in one Java array and in the heap still free. */
    static void require(String what, long rows, long cols) {
        long entries = rows * cols;
        long needed = 8 * entries;
        if (entries > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException(what + " " + rows + "×" + cols + " has " + entries
                    + " entries, more than a Java array holds (" + (Integer.MAX_VALUE - 8) + "); use fewer points");
        }
        Runtime runtime = Runtime.getRuntime();
        long available = runtime.maxMemory() - (runtime.totalMemory() - runtime.freeMemory());
        if (needed > available) {
            throw new IllegalArgumentException(String.format(
                    "%s %d×%d needs %.2f GB of heap, only %.2f GB of %.2f GB are free; use fewer points or "
                            + "raise the heap (THEORYKIT_HEAP=8g ./theorykit lab, or -Xmx)",
                    what, rows, cols, needed / 1e9, available / 1e9, runtime.maxMemory() / 1e9));
        }
    }
}
