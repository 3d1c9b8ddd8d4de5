package org.theorykit.optim;

import org.theorykit.objective.Objective;
import smile.math.MathEx;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** Seeds, divergence, interrupt, stop rules, history and the progress callback. */
class TrainingControlTest {

    private final LeastSquares problem = LeastSquares.random(100, 5, 0.3, 21);

    @Test
    void theSameSeedGivesBitIdenticalThetaAndAnotherSeedDoesNot() {
        for (var optimizer : List.of(
                Optimizers.sgd(0.05).batchSize(7).withReplacement(true).momentum(0.5),
                Optimizers.sgd(0.05).batchSize(7).nesterov(0.5),
                Optimizers.adam(0.01).batchSize(9),
                Optimizers.sgld(0.05, 0.1).batchSize(10))) {
            double[] first = optimizer.seed(1).train(problem, new double[5], StopRules.maxEpochs(20)).theta();
            double[] again = optimizer.seed(1).train(problem, new double[5], StopRules.maxEpochs(20)).theta();
            double[] other = optimizer.seed(2).train(problem, new double[5], StopRules.maxEpochs(20)).theta();
            assertArrayEquals(first, again, 0.0);
            assertFalse(Arrays.equals(first, other));
        }
    }

    @Test
    void explodingGradientDescentStopsAsDivergedNamingStepLearningRateAndLoss() {
        var objective = new DiagonalQuadratic(new double[] {1, 1}, new double[] {0, 0});
        var result = Optimizers.gd(3).train(objective, new double[] {1, 1}, StopRules.maxEpochs(1000));
        assertEquals(Status.DIVERGED, result.status());
        // |1 − ηk| = 2: U_t = 4^t·U_0 > 1e8·max(1, U_0) first at t = 14.
        assertTrue(result.message().contains("step 14"), result.message());
        assertTrue(result.message().contains("learning rate 3.0"), result.message());
        assertTrue(result.message().contains("loss = 2.68435e+08"), result.message());
        assertEquals(14, result.steps());
        assertEquals(Math.pow(2, 13), Math.abs(result.theta()[0]), 0.0);
        assertTrue(Arrays.stream(result.history().doubleColumn("loss").asDoubleArray()).allMatch(Double::isFinite));
    }

    @Test
    void aBlowUpOnTheLastStepIsDivergedNotASuccess() {
        var objective = new DiagonalQuadratic(new double[] {1}, new double[] {0});
        // one step of size η multiplies the loss by (1 − η)²: ≈ 1e6 stays under the limit 1e8·max(1, L₀), 1e10 does not
        var fine = Optimizers.gd(1e3).train(objective, new double[] {1}, StopRules.maxEpochs(1));
        var blown = Optimizers.gd(1e5).train(objective, new double[] {1}, StopRules.maxEpochs(1));
        var infinite = Optimizers.gd(1e200).train(objective, new double[] {1}, StopRules.maxEpochs(1));
        assertEquals(Status.MAX_EPOCHS, fine.status(), fine.message());
        for (var result : List.of(blown, infinite)) {
            assertEquals(Status.DIVERGED, result.status());
            assertTrue(result.message().contains("after the final step"), result.message());
            assertEquals(1, result.theta()[0], 0.0, "theta is the last iterate with a finite loss in range");
            assertEquals(2, result.history().rowCount(), "the finished epoch is recorded once");
        }
    }

    @Test
    void aNonFiniteLossIsReportedAsDiverged() {
        var quadratic = new DiagonalQuadratic(new double[] {1}, new double[] {0});
        var objective = new Objective() {
            @Override
            public int parameterCount() {
                return 1;
            }

            @Override
            public int exampleCount() {
                return 1;
            }

            @Override
            public double loss(double[] theta) {
                return quadratic.loss(theta);
            }

            @Override
            public double lossAndGradient(double[] theta, int[] batch, int from, int to, double[] gradient) {
                double loss = quadratic.lossAndGradient(theta, batch, from, to, gradient);
                return theta[0] < 0.5 ? Double.NaN : loss;
            }
        };
        var result = Optimizers.gd(0.1).train(objective, new double[] {1}, StopRules.maxEpochs(100));
        assertEquals(Status.DIVERGED, result.status());
        assertTrue(result.message().contains("loss = nan") || result.message().contains("loss = NaN"), result.message());
        assertTrue(result.theta()[0] >= 0.5);
    }

    @Test
    void aNonFiniteThetaAfterAStepIsReportedAsDivergedWithTheLastFiniteIterate() {
        var objective = new Objective() {
            @Override
            public int parameterCount() {
                return 1;
            }

            @Override
            public int exampleCount() {
                return 1;
            }

            @Override
            public double loss(double[] theta) {
                return 0;
            }

            @Override
            public double lossAndGradient(double[] theta, int[] batch, int from, int to, double[] gradient) {
                gradient[0] = 1e150;
                return 0;
            }
        };
        var result = Optimizers.gd(1e200).train(objective, new double[] {2}, StopRules.maxEpochs(5));
        assertEquals(Status.DIVERGED, result.status());
        assertTrue(result.message().contains("theta became non-finite"), result.message());
        assertEquals(2, result.theta()[0], 0.0);
        assertEquals(2, result.history().rowCount());
        assertEquals(1.0, result.history().doubleColumn("epoch").getDouble(1), 0.0);
    }

    @Test
    void anInterruptStopsTheRunWithItsPartialHistory() throws InterruptedException {
        var fewEpochsDone = new CountDownLatch(3);
        var result = new AtomicReference<TrainingResult>();
        var big = LeastSquares.random(2000, 20, 0.1, 22);
        Thread worker = new Thread(() -> result.set(Optimizers.sgd(0.001).batchSize(1)
                .onEpoch(state -> fewEpochsDone.countDown())
                .train(big, new double[20], StopRules.maxEpochs(1_000_000))));
        worker.start();
        assertTrue(fewEpochsDone.await(30, TimeUnit.SECONDS));
        worker.interrupt();
        worker.join(10_000);
        assertFalse(worker.isAlive());
        TrainingResult r = result.get();
        assertEquals(Status.INTERRUPTED, r.status(), r.message());
        assertTrue(r.epochs() >= 3 && r.epochs() < 1_000_000);
        assertTrue(r.history().rowCount() >= 4);
        assertEquals(r.steps(), r.history().longColumn("step").get(r.history().rowCount() - 1));
        assertTrue(Arrays.stream(r.theta()).allMatch(Double::isFinite));
    }

    @Test
    void theHistoryHasOneRowForThetaZeroAndOnePerEpoch() {
        var result = Optimizers.sgd(0.05).batchSize(30).fullLossEvery(2)
                .train(problem, new double[5], StopRules.maxEpochs(6));
        var history = result.history();
        assertEquals(List.of("epoch", "step", "loss", "learning rate", "gradient norm", "seconds", "full loss"),
                history.columnNames());
        assertEquals(7, history.rowCount());
        assertEquals(Status.MAX_EPOCHS, result.status());
        assertEquals(24, result.steps()); // ⌈100/30⌉ = 4 batches per epoch
        assertEquals(24L, history.longColumn("step").get(6));
        assertTrue(Double.isNaN(history.doubleColumn("full loss").getDouble(1)));
        assertEquals(problem.loss(result.theta()), history.doubleColumn("full loss").getDouble(6), 0.0);
        assertEquals(problem.loss(result.theta()), result.lastFullLoss(), 0.0);
        assertEquals(problem.loss(new double[5]), history.doubleColumn("loss").getDouble(0), 0.0);
    }

    @Test
    void aStepBudgetStopsInsideAnEpochAndRecordsTheFraction() {
        var result = Optimizers.sgd(0.05).batchSize(10).train(problem, new double[5], StopRules.maxSteps(25));
        assertEquals(Status.MAX_STEPS, result.status());
        assertEquals(25, result.steps());
        assertEquals(2, result.epochs());
        assertEquals(2.5, result.history().doubleColumn("epoch").getDouble(3), 1e-12);
    }

    @Test
    void successBeatsTheBudgetWhenBothFireAtTheSameEpoch() {
        var objective = new DiagonalQuadratic(new double[] {1}, new double[] {0});
        var result = Optimizers.gd(1).train(objective, new double[] {1},
                StopRules.maxEpochs(1).or(StopRules.targetLoss(1e-12)));
        assertEquals(Status.CONVERGED, result.status(), result.message());
    }

    @Test
    void theInterpolationCheckStopsTheRunAsInterpolated() {
        var exact = LeastSquares.random(20, 5, 0, 23);
        var result = Optimizers.gd(0.3).train(exact, new double[5], StopRules.maxEpochs(10_000)
                .or(StopRules.interpolated(theta -> everyPointFit(exact, theta, 1e-3))));
        assertEquals(Status.INTERPOLATED, result.status(), result.message());
        assertTrue(result.epochs() < 10_000);
    }

    private static boolean everyPointFit(LeastSquares data, double[] theta, double tolerance) {
        for (int i = 0; i < data.y.length; i++) {
            if (Math.abs(MathEx.dot(data.x[i], theta) - data.y[i]) >= tolerance) {
                return false;
            }
        }
        return true;
    }

    @Test
    void theProgressCallbackSeesEveryEpochInOrder() {
        List<Integer> epochs = new ArrayList<>();
        Optimizers.sgd(0.01).onEpoch(state -> epochs.add(state.epoch()))
                .train(problem, new double[5], StopRules.maxEpochs(4));
        assertEquals(List.of(1, 2, 3, 4), epochs);
    }
}
