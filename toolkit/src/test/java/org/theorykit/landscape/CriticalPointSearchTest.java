package org.theorykit.landscape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.theorykit.nn.Activation;
import org.theorykit.nn.Dataset;
import org.theorykit.nn.DeepMlp;
import org.theorykit.nn.LinearModel;
import org.theorykit.nn.Loss;
import org.theorykit.nn.SupervisedObjective;

/**
 * Known answers: the scalar two-layer linear net L(u, v) = ½(uv − 1)² has a saddle at 0 with Hessian
 * [[0, −1], [−1, 0]] (index 1/2) and minima on uv = 1 (index 0); a hinge loss in its linear region has
 * H = 0 and ∇L ≠ 0 everywhere, so every point is gradient-flat and the search must reject it.
 */
class CriticalPointSearchTest {

    private static final CriticalPointSearch.Settings SETTINGS = new CriticalPointSearch.Settings(100, 1e-10, 1e-8);

    private static SupervisedObjective scalarLinearNet() {
        DeepMlp net = DeepMlp.biasFree(new int[] {1, 1, 1}, Activation.polynomial(0, 1));
        return new SupervisedObjective(net, Loss.squared(), Dataset.of(new double[][] {{1}}, new double[] {1}));
    }

    @Test
    void findsTheSaddleOfTheScalarLinearNetWithIndexOneHalf() {
        CriticalPointSearch.Point saddle = CriticalPointSearch.search(scalarLinearNet(), new double[] {0.05, -0.03}, SETTINGS);
        assertTrue(saddle.accepted(), "‖∇L‖ = " + saddle.gradientNorm());
        assertEquals(0, Math.hypot(saddle.theta()[0], saddle.theta()[1]), 1e-9);
        assertEquals(0.5, saddle.loss(), 1e-12);
        assertEquals(0.5, saddle.index());
        assertEquals(-1, saddle.eigenvalues()[0], 1e-9);
        assertEquals(1, saddle.eigenvalues()[1], 1e-9);
    }

    @Test
    void findsAMinimumOnTheHyperbolaWithIndexZero() {
        CriticalPointSearch.Point minimum = CriticalPointSearch.search(scalarLinearNet(), new double[] {1.3, 0.9}, SETTINGS);
        assertTrue(minimum.accepted());
        assertEquals(1, minimum.theta()[0] * minimum.theta()[1], 1e-9);
        assertEquals(0, minimum.index());
        assertEquals(0, minimum.loss(), 1e-15);
    }

    @Test
    void rejectsGradientFlatPoints() {
        SupervisedObjective hinge = new SupervisedObjective(LinearModel.of(2, 1), Loss.hinge(),
                Dataset.of(new double[][] {{1, 0.5}}, new double[] {1}));
        CriticalPointSearch.Point point = CriticalPointSearch.search(hinge, new double[3], SETTINGS);
        assertFalse(point.accepted());
        assertTrue(Double.isNaN(point.index()));
        assertEquals(0, point.flatness());
        assertEquals(Math.sqrt(1 + 0.25 + 1), point.gradientNorm(), 1e-12);
    }

    @Test
    void badInputIsNamed() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> CriticalPointSearch.search(scalarLinearNet(),
                new double[3], SETTINGS)).getMessage().startsWith("start"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new CriticalPointSearch.Settings(10, 0, 1e-8))
                .getMessage().startsWith("gradientTolerance"));
    }

    @Test
    void goeIndexConcentratesAtOneHalfAndShiftsWithTheEnergy() {
        double mean = Arrays.stream(RandomMatrixIndex.indices(60, 0, 40, 1)).average().orElseThrow();
        assertEquals(0.5, mean, 0.03);
        assertEquals(0, Arrays.stream(RandomMatrixIndex.indices(60, 3, 20, 2)).max().orElseThrow());
        assertEquals(1, Arrays.stream(RandomMatrixIndex.indices(60, -3, 20, 3)).min().orElseThrow());
        // P(all eigenvalues positive) for N = 1 is 1/2; for N = 4 it is already far smaller
        double p1 = Arrays.stream(RandomMatrixIndex.indices(1, 0, 4000, 4)).filter(v -> v == 0).count() / 4000.0;
        double p4 = Arrays.stream(RandomMatrixIndex.indices(4, 0, 4000, 5)).filter(v -> v == 0).count() / 4000.0;
        assertEquals(0.5, p1, 0.03);
        assertTrue(p4 < 0.05 && p4 > 0, "P(index 0) at N = 4: " + p4);
    }
}
