package org.theorykit.jupyter;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import jdk.jshell.EvalException;

/**
 * Why a cell did not complete, in the three parts of a Jupyter error message: a name
 * ({@code ename}: the exception's class, {@code CompilationError}, {@code Interrupted}, ...), a
 * one-line value ({@code evalue}) and a short traceback (a few lines a reader can act on, not the
 * kernel's own frames).
 */
final class CellFailure extends Exception {

    /** Stack frames of this many user-visible lines at most per exception in a chain. */
    static final int MAX_FRAMES = 8;

    /** Frames of the machinery between the cell and the user's code. */
    private static final Set<String> HIDDEN_PREFIXES = Set.of(
            "jdk.internal.", "java.lang.reflect.", "jdk.jshell.", "org.theorykit.jupyter.", "java.lang.Thread.run");

    private final String name;
    private final List<String> traceback;

    CellFailure(String name, String value, List<String> traceback) {
        super(value);
        this.name = name;
        this.traceback = List.copyOf(traceback);
    }

    /** An exception thrown by the kernel itself (not by a cell's code). */
    static CellFailure thrown(Throwable exception) {
        return thrown(exception, StackTraceElement::toString);
    }

    /**
     * An exception thrown by the cell's code, with its cause chain and user-visible frames, each
     * written by {@code describe} (which knows the cell's snippets).
     */
    static CellFailure thrown(Throwable exception, Function<StackTraceElement, String> describe) {
        List<String> lines = new ArrayList<>();
        Throwable t = exception;
        String prefix = "";
        while (t != null) {
            lines.add(prefix + className(t) + (t.getMessage() != null ? ": " + t.getMessage() : ""));
            int shown = 0;
            for (StackTraceElement frame : t.getStackTrace()) {
                if (hidden(frame)) {
                    continue;
                }
                if (shown++ == MAX_FRAMES) {
                    lines.add("    ...");
                    break;
                }
                lines.add("    at " + describe.apply(frame));
            }
            t = t.getCause();
            prefix = "Caused by: ";
        }
        String message = exception.getMessage();
        return new CellFailure(className(exception), message == null ? "" : message, lines);
    }

    /** The Jupyter {@code ename}. */
    String name() {
        return name;
    }

    /** The Jupyter {@code traceback}: lines without newlines. */
    List<String> traceback() {
        return traceback;
    }

    /** JShell reports user exceptions as EvalException copies that keep the original class name. */
    private static String className(Throwable t) {
        return t instanceof EvalException eval ? eval.getExceptionClassName() : t.getClass().getName();
    }

    private static boolean hidden(StackTraceElement frame) {
        String where = frame.getClassName() + "." + frame.getMethodName();
        return HIDDEN_PREFIXES.stream().anyMatch(where::startsWith);
    }
}
