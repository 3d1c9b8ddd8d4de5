package org.theorykit;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.function.Executable;

/** The toolkit's bad-input contract in one assertion: the call throws IllegalArgumentException saying what it must. */
public final class BadInput {

    private BadInput() {
    }

    /** Asserts that {@code action} throws an IllegalArgumentException whose message contains {@code expected}. */
    public static void assertMessage(String expected, Executable action) {
        String message = assertThrows(IllegalArgumentException.class, action).getMessage();
        assertTrue(message != null && message.contains(expected), "message '" + message + "' lacks '" + expected + "'");
    }
}
