package org.theorykit.nn.engine;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A fixed two-way split of a loop: one half on the calling thread, the other on one shared daemon
 * helper thread (the target machines have two cores). Used for the elementwise passes of the batch
 * engines, never around BLAS calls, which thread themselves.
 */
final class TwoThreads {

    private static final ExecutorService HELPER = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "theorykit-nn-helper");
        thread.setDaemon(true);
        return thread;
    });

    private TwoThreads() {
    }

    /** Runs first on the calling thread and second on the helper; returns when both are done. */
    static void run(Runnable first, Runnable second) {
        Future<?> other = HELPER.submit(second);
        first.run();
        try {
            other.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the helper thread", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
