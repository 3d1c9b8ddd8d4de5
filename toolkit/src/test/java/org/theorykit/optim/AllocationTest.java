package org.theorykit.optim;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.management.ManagementFactory;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The step loop allocates nothing per step: over 200 000 steps the thread allocates less than 4 bytes
 * per step (a per-step array, boxed double or iterator would cost ≥ 16). What remains is per epoch
 * (state object, history row) and per run.
 */
class AllocationTest {

    @Test
    void theStepLoopDoesNotAllocatePerStep() {
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        assumeTrue(threads.isThreadAllocatedMemorySupported());
        threads.setThreadAllocatedMemoryEnabled(true);
        var problem = LeastSquares.random(20_000, 10, 0.1, 41);
        for (var optimizer : List.of(Optimizers.sgd(0.001).batchSize(1).nesterov(0.9),
                Optimizers.sgd(0.001).batchSize(2).withReplacement(true),
                Optimizers.adam(0.001).batchSize(1), Optimizers.sgld(0.001, 0.01).batchSize(1))) {
            optimizer.train(problem, new double[10], StopRules.maxEpochs(2)); // warm-up: class loading, JIT
            long before = threads.getThreadAllocatedBytes(Thread.currentThread().getId());
            var result = optimizer.train(problem, new double[10], StopRules.maxSteps(200_000));
            long bytes = threads.getThreadAllocatedBytes(Thread.currentThread().getId()) - before;
            double perStep = (double) bytes / result.steps();
            assertTrue(perStep < 4, optimizer + ": " + perStep + " bytes per step");
        }
    }
}
