package org.theorykit.jupyter;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Map;
import jdk.jshell.execution.LocalExecutionControl;
import jdk.jshell.spi.ExecutionControl;
import jdk.jshell.spi.ExecutionControlProvider;
import jdk.jshell.spi.ExecutionEnv;

/**
 * JShell's in-process execution engine, extended to keep the object a snippet returned (so the
 * kernel can render a table or a chart, not only its {@code toString}) and to reach the threads
 * of the running snippet (so an interrupt can first ask them to stop).
 *
 * <p>Stopping is JShell's own: {@link LocalExecutionControl#stop()} throws {@code ThreadDeath}
 * into the snippet's threads on JDK 17 ({@code Thread.stop}); from JDK 22 on it sets a flag that
 * the snippet's own compiled code checks at every method entry and backward branch. Library code
 * is not instrumented there, so on JDK 22+ a busy loop inside a library method stops only if the
 * library checks the thread's interrupt flag (the toolkit does).
 *
 * <p>How the value is kept: JShell hands each snippet's {@code do_it$} method to
 * {@link #invoke(Method)}; this class parks it and lets the superclass run {@link #runPending()}
 * instead, on the superclass's thread and under its stop machinery. {@code runPending} calls the
 * parked method and returns its value unchanged, so JShell sees exactly what it would have seen.
 */
final class CellExecutionControl extends LocalExecutionControl {

    private static final Method RUN_PENDING;

    static {
        try {
            RUN_PENDING = CellExecutionControl.class.getDeclaredMethod("runPending");
            RUN_PENDING.setAccessible(true);
        } catch (NoSuchMethodException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** The control whose snippet is running: JShell runs one snippet at a time per JVM here. */
    private static volatile CellExecutionControl active;

    private volatile boolean cancelled;
    private volatile Method pending;
    private volatile Object lastValue;
    private volatile ThreadGroup runningGroup;

    @Override
    protected String invoke(Method doitMethod) throws Exception {
        pending = doitMethod;
        lastValue = null;
        active = this;
        try {
            return super.invoke(RUN_PENDING);
        } finally {
            runningGroup = null;
            pending = null;
        }
    }

    /** Runs on the superclass's snippet thread. */
    @SuppressWarnings("unused")
    private static Object runPending() throws Throwable {
        CellExecutionControl control = active;
        control.runningGroup = Thread.currentThread().getThreadGroup();
        if (control.cancelled) {
            throw new InterruptedException("the cell was interrupted before this statement started");
        }
        try {
            Object value = control.pending.invoke(null);
            control.lastValue = value;
            return value;
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    /** The object the last snippet returned (null for statements and void expressions). */
    Object lastValue() {
        return lastValue;
    }

    /** Whether {@link #cancel()} was called since the last {@link #resetCancel()}. */
    boolean cancelled() {
        return cancelled;
    }

    /**
     * Refuses to start any further snippet until {@link #resetCancel()}, and sets the interrupt
     * flag of every thread the running snippet started (itself included). An interrupt that
     * arrives while a snippet is still being compiled thus stops it as it starts.
     */
    void cancel() {
        cancelled = true;
        interruptSnippetThreads();
    }

    void resetCancel() {
        cancelled = false;
    }

    private void interruptSnippetThreads() {
        ThreadGroup group = runningGroup;
        if (group == null) {
            return;
        }
        Thread[] threads = new Thread[group.activeCount() + 8];
        int n = group.enumerate(threads);
        for (int i = 0; i < n; i++) {
            threads[i].interrupt();
        }
    }

    /** Hands JShell one instance of this control, which the session keeps for the values. */
    static final class Provider implements ExecutionControlProvider {
        private final CellExecutionControl control = new CellExecutionControl();

        CellExecutionControl control() {
            return control;
        }

        @Override
        public String name() {
            return "theorykit-cell";
        }

        @Override
        public ExecutionControl generate(ExecutionEnv env, Map<String, String> parameters) {
            return control;
        }
    }
}
