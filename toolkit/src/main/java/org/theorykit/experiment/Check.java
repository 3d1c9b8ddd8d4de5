package org.theorykit.experiment;

import java.util.Locale;

/**
 * The assertion used by the lectures' check cells: when a freshly computed result contradicts the
 * claim the text makes, the cell fails loudly with the numbers, and so does headless rendering.
 */
public final class Check {

    private Check() {
    }

    /**
     * Fails with the formatted message when {@code claim} is false; prints "✓ message" when it
     * holds, so the reader sees what was verified.
     */
    public static void that(boolean claim, String format, Object... args) {
        String message = String.format(Locale.ROOT, format, args);
        if (!claim) {
            throw new AssertionError("check failed: " + message);
        }
        System.out.println("\u2713 " + message);
    }
}
