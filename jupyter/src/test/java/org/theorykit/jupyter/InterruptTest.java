package org.theorykit.jupyter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Stopping a running cell on this JDK, by the two means the kernel uses in turn: the interrupt
 * flag of the cell's threads, then JShell's hard stop. Each must end the cell within a second,
 * and the session must run the next cell.
 */
class InterruptTest {

    private static JavaSession session;

    /** Set by each cell as its first statement, so a test stops running code, not the compiler. */
    private static final String STARTED = "theorykit.interrupt-test.started";

    @BeforeAll
    static void start() {
        session = new JavaSession();
    }

    @BeforeEach
    void newCell() {
        session.startCell();
        System.clearProperty(STARTED);
    }

    @AfterAll
    static void close() {
        session.close();
    }

    @Test
    void theInterruptFlagEndsASleepAndTheNextCellRuns() throws Exception {
        CellFailure f = stopAfter("Thread.sleep(60_000);", session::cancel);
        assertEquals("java.lang.InterruptedException", f.name());
        session.startCell();
        assertEquals(3, session.run("1 + 2").value());
    }

    @Test
    void theInterruptFlagReachesThreadsTheCellStarted() throws Exception {
        String cell = "var pool = java.util.concurrent.Executors.newFixedThreadPool(2);\n"
                + "var f = pool.submit(() -> { Thread.sleep(60_000); return 1; });\n"
                + "try { f.get(); } finally { pool.shutdownNow(); }";
        CellFailure f = stopAfter(cell, session::cancel);
        // the pool thread's InterruptedException arrives wrapped when it is interrupted first
        assertTrue(String.join("\n", f.traceback()).contains("java.lang.InterruptedException"), f.traceback().toString());
    }

    @Test
    void jshellsHardStopEndsABusyLoopThatIgnoresTheFlag() throws Exception {
        stopAfter("long spins = 0;\nwhile (true) { spins++; }", session::stop);
        session.startCell();
        assertEquals("ok", session.run("\"ok\"").value());
    }

    @Test
    void aCancelThatArrivesWhileTheCellCompilesStopsItAsItStarts() throws Exception {
        CompletableFuture<Object> run = runAsync("int late = 1;\nwhile (true) { late++; }");
        session.cancel();
        Object result = run.get(5, TimeUnit.SECONDS);
        assertTrue(result instanceof CellFailure, "stopped: " + result);
        session.startCell();
        assertEquals(4, session.run("2 + 2").value());
    }

    /** Runs the cell on another thread, stops it 200 ms after it started, and requires it to end within 1 s. */
    private static CellFailure stopAfter(String cell, Runnable stop) throws Exception {
        // one block: the marker is set by the very snippet that is stopped, not by one compiled before it
        CompletableFuture<Object> run = runAsync("{ System.setProperty(\"" + STARTED + "\", \"yes\");\n" + cell + "\n}");
        for (int i = 0; i < 400 && System.getProperty(STARTED) == null && !run.isDone(); i++) {
            Thread.sleep(50);
        }
        assertTrue(System.getProperty(STARTED) != null, "the cell did not start: " + (run.isDone() ? run.get() : "running"));
        Thread.sleep(200);
        assertTrue(!run.isDone(), "the cell must still be running when it is stopped");
        long start = System.nanoTime();
        stop.run();
        Object result = run.get(1, TimeUnit.SECONDS);
        double seconds = (System.nanoTime() - start) / 1e9;
        assertTrue(seconds < 1, "stopped after " + seconds + " s");
        return result instanceof CellFailure f ? f : null;
    }

    private static CompletableFuture<Object> runAsync(String cell) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return session.run(cell);
            } catch (CellFailure f) {
                return f;
            }
        });
    }
}
