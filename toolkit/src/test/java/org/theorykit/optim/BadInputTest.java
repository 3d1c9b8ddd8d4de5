package org.theorykit.optim;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Bad input throws IllegalArgumentException naming the parameter, the value and the range. */
class BadInputTest {

    private final DiagonalQuadratic objective = new DiagonalQuadratic(new double[] {1, 2}, new double[] {0, 0}, 10);
    private final StopRule stop = StopRules.maxEpochs(1);

    private static void assertRejected(Executable call, String... fragments) {
        String message = assertThrows(IllegalArgumentException.class, call).getMessage();
        for (String fragment : fragments) {
            assertTrue(message.contains(fragment), () -> "'" + message + "' lacks '" + fragment + "'");
        }
    }

    @Test
    void learningRatesMustBeFiniteAndPositive() {
        assertRejected(() -> Optimizers.sgd(0), "learning rate", "0.0", "> 0");
        assertRejected(() -> Optimizers.gd(-0.1), "learning rate", "-0.1");
        assertRejected(() -> Optimizers.adam(Double.NaN), "learning rate", "NaN");
        assertRejected(() -> Optimizers.sgld(Double.POSITIVE_INFINITY, 1), "learning rate", "Infinity");
        assertRejected(() -> Optimizers.sgd(0.1).schedule((epoch, step) -> -1).train(objective, new double[2], stop),
                "learning rate schedule", "-1.0", "step 0");
    }

    @Test
    void temperatureMustBeNonNegativeAndOnlyForSgld() {
        assertRejected(() -> Optimizers.sgld(0.1, -0.5), "temperature", "-0.5", ">= 0");
        assertRejected(() -> Optimizers.sgd(0.1).temperature(1), "temperature", "SGLD");
    }

    @Test
    void batchSizeMustBeBetweenOneAndTheExampleCount() {
        assertRejected(() -> Optimizers.sgd(0.1).batchSize(0), "batchSize", "0", ">= 1");
        assertRejected(() -> Optimizers.sgd(0.1).batchSize(11).train(objective, new double[2], stop),
                "batchSize", "11", "[1, exampleCount = 10]");
    }

    @Test
    void thetaMustMatchTheObjectiveAndBeFinite() {
        assertRejected(() -> Optimizers.gd(0.1).train(objective, new double[3], stop), "theta0", "length 3", "2");
        assertRejected(() -> Optimizers.gd(0.1).train(objective, new double[] {0, Double.NaN}, stop),
                "theta0[1]", "NaN", "finite");
    }

    @Test
    void anEmptyObjectiveIsRejected() {
        var empty = new DiagonalQuadratic(new double[] {1}, new double[] {0}, 0);
        assertRejected(() -> Optimizers.gd(0.1).train(empty, new double[1], stop), "exampleCount", "0");
    }

    @Test
    void optionRangesAreNamed() {
        assertRejected(() -> Optimizers.sgd(0.1).momentum(1), "momentum", "1.0", "[0.0, 1.0)");
        assertRejected(() -> Optimizers.adam(0.1).betas(0.9, 1.2), "beta2", "1.2");
        assertRejected(() -> Optimizers.adam(0.1).momentum(0.9), "momentum", "SGD only");
        assertRejected(() -> StopRules.maxEpochs(0), "maxEpochs", "0", ">= 1");
        assertRejected(() -> StopRules.targetLoss(Double.NaN), "target loss", "NaN");
        assertRejected(() -> Schedules.step(0.1, 1.5, 10), "factor", "1.5", "(0, 1]");
        assertRejected(() -> Schedules.cosine(0.1, 0.2, 10), "minRate", "0.2");
        assertRejected(() -> Schedules.warmup(Schedules.constant(0.1), 0), "warmupSteps", "0");
    }
}
