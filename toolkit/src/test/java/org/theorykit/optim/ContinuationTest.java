package org.theorykit.optim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** A run continued from a {@link TrainingResult} keeps its optimizer state: 10 + 10 epochs = 20, bit for bit. */
class ContinuationTest {

    private final LeastSquares problem = LeastSquares.random(100, 5, 0.3, 21);

    private static List<Supplier<Optimizer>> optimizers() {
        return List.of(
                () -> Optimizers.sgd(0.02).batchSize(16).momentum(0.9).seed(4),
                () -> Optimizers.sgd(0.02).batchSize(16).nesterov(0.9).seed(4),
                () -> Optimizers.adam(0.01).batchSize(16).seed(4),
                () -> Optimizers.adam(0.01).batchSize(16).withReplacement(true).seed(4),
                () -> Optimizers.sgld(0.01, 0.05).batchSize(16).seed(4),
                () -> Optimizers.sgd(0.02).batchSize(16).momentum(0.9).seed(4)
                        .schedule(Schedules.step(0.02, 0.5, 7)));
    }

    @Test
    void tenPlusTenEpochsEqualTwentyBitForBit() {
        for (Supplier<Optimizer> make : optimizers()) {
            double[] theta0 = {0.5, -0.5, 0.25, 0, 1};
            TrainingResult twenty = make.get().train(problem, theta0, StopRules.maxEpochs(20));
            TrainingResult ten = make.get().train(problem, theta0, StopRules.maxEpochs(10));
            TrainingResult continued = make.get().train(problem, ten, StopRules.maxEpochs(20));
            String name = twenty.history().name();
            assertArrayEquals(twenty.theta(), continued.theta(), 0.0, name);
            assertEquals(20, continued.epochs(), name);
            assertEquals(twenty.steps(), continued.steps(), name);
            assertArrayEquals(twenty.history().doubleColumn("loss").asDoubleArray(),
                    continued.history().doubleColumn("loss").asDoubleArray(), 0.0, name);
            // continuing the same result again gives the same θ: the state is a snapshot
            assertArrayEquals(continued.theta(), make.get().train(problem, ten, StopRules.maxEpochs(20)).theta(), 0.0, name);
            // and a fresh run from the 10-epoch θ is a different algorithm (momentum / moments restart)
            TrainingResult restarted = make.get().train(problem, ten.theta(), StopRules.maxEpochs(10));
            assertFalse(Arrays.equals(twenty.theta(), restarted.theta()), name + ": a fresh train must start fresh");
        }
    }

    @Test
    void continuationNeedsTheSameConfigurationAndALiveRun() {
        TrainingResult ten = Optimizers.adam(0.01).batchSize(16).seed(4).train(problem, new double[5], StopRules.maxEpochs(10));
        IllegalArgumentException other = assertThrows(IllegalArgumentException.class,
                () -> Optimizers.adam(0.01).batchSize(16).seed(5).train(problem, ten, StopRules.maxEpochs(20)));
        assertTrue(other.getMessage().contains("same configuration"), other.getMessage());
        var diverged = Optimizers.gd(3).train(new DiagonalQuadratic(new double[] {1, 1}, new double[] {0, 0}),
                new double[] {1, 1}, StopRules.maxEpochs(1000));
        IllegalArgumentException fromDiverged = assertThrows(IllegalArgumentException.class, () -> Optimizers.gd(3)
                .train(new DiagonalQuadratic(new double[] {1, 1}, new double[] {0, 0}), diverged, StopRules.maxEpochs(2000)));
        assertTrue(fromDiverged.getMessage().contains("diverged"), fromDiverged.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Optimizers.adam(0.01).batchSize(16).seed(4)
                .train(LeastSquares.random(100, 6, 0.3, 21), ten, StopRules.maxEpochs(20)));
    }
}
