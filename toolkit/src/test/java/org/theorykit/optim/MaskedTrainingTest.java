package org.theorykit.optim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A mask keeps pruned coordinates at exactly 0.0 under every update rule, and an all-true mask changes nothing. */
class MaskedTrainingTest {

    private static final boolean[] KEEP = {true, false, true, true, false, true, false, true};

    private static List<Optimizer> optimizers() {
        return List.of(Optimizers.sgd(0.05).batchSize(5), Optimizers.sgd(0.05).batchSize(5).momentum(0.9),
                Optimizers.sgd(0.05).batchSize(5).nesterov(0.9), Optimizers.adam(0.05).batchSize(5),
                Optimizers.sgld(0.05, 0.01).batchSize(5));
    }

    private static double[] start() {
        return new double[] {0.3, -0.7, 1.1, 0.2, 0.9, -0.4, 0.5, 0.8};
    }

    @Test
    void prunedCoordinatesStayExactlyZero() {
        LeastSquares objective = LeastSquares.random(40, 8, 0.1, 3);
        for (Optimizer optimizer : optimizers()) {
            double[] theta = optimizer.mask(KEEP).seed(2).train(objective, start(), StopRules.maxEpochs(30)).theta();
            for (int i = 0; i < KEEP.length; i++) {
                if (KEEP[i]) {
                    assertNotEquals(start()[i], theta[i], optimizer + ": kept coordinate " + i + " must train");
                } else {
                    assertEquals(0.0, theta[i], 0.0, optimizer + ": pruned coordinate " + i);
                    assertTrue(Double.doubleToRawLongBits(theta[i]) == 0L, optimizer + ": +0.0 at " + i);
                }
            }
        }
    }

    @Test
    void allTrueMaskIsBitIdenticalToDenseTraining() {
        LeastSquares objective = LeastSquares.random(40, 8, 0.1, 3);
        boolean[] all = {true, true, true, true, true, true, true, true};
        for (Optimizer optimizer : optimizers()) {
            double[] dense = optimizer.mask(null).seed(4).train(objective, start(), StopRules.maxEpochs(10)).theta();
            double[] masked = optimizer.mask(all).seed(4).train(objective, start(), StopRules.maxEpochs(10)).theta();
            assertArrayEquals(dense, masked, 0.0, optimizer.toString());
        }
    }

    @Test
    void adamMomentsOfPrunedCoordinatesStayZero() {
        // A pruned coordinate whose moments leaked would move once unmasked: here the update of a
        // rule wrapped in the mask is applied, then the same rule continues without the mask.
        AdamUpdate adam = new AdamUpdate(2, 0.9, 0.999, 1e-8);
        UpdateRule masked = new MaskedUpdate(adam, new boolean[] {true, false});
        double[] theta = {1, 0};
        for (int step = 0; step < 5; step++) {
            masked.apply(theta, new double[] {0.5, 0.7}, 0.1);
        }
        assertEquals(0.0, theta[1], 0.0);
        adam.apply(theta, new double[] {0.5, 0.0}, 0.1);
        assertEquals(0.0, theta[1], 0.0, "the second moment and first moment of the pruned entry must be 0");
    }

    @Test
    void maskOfWrongLengthIsRejectedByName() {
        LeastSquares objective = LeastSquares.random(40, 8, 0.1, 3);
        var error = assertThrows(IllegalArgumentException.class, () -> Optimizers.adam(0.1)
                .mask(new boolean[3]).train(objective, start(), StopRules.maxEpochs(1)));
        assertTrue(error.getMessage().contains("mask"), error.getMessage());
    }
}
