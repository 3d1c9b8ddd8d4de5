package org.theorykit.pruning;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.theorykit.nn.Activation;
import org.theorykit.nn.DeepMlp;
import org.theorykit.nn.ParameterView;

class PruningTest {

    private static final DeepMlp LENET = DeepMlp.of(new int[] {784, 300, 100, 10}, Activation.relu());

    @Test
    void lenetRemainingFractionsAfterTheRoundsOfThePapersAxis() {
        // 20 % per round of 235,200 and 30,000 hidden weights, 10 % of 1,000 output weights; each round
        // removes round(rate · kept). Counts worked independently; the fractions, to one decimal, are the
        // x-axis of Frankle & Carbin's Figure 3 (the last is 1.851 %, rounded 1.9, truncated 1.8).
        int[] rounds = {3, 7, 9, 11, 15, 18};
        long[] kept = {136_511, 56_094, 35_981, 23_093, 9_537, 4_927};
        double[] percent = {51.3, 21.1, 13.5, 8.7, 3.6, 1.9};
        for (int i = 0; i < rounds.length; i++) {
            double fraction = Pruning.remainingFraction(LENET, 0.2, 0.1, rounds[i]);
            assertEquals(kept[i] / 266_200.0, fraction, 0.0, "after " + rounds[i] + " rounds");
            assertEquals(percent[i], Math.round(1000 * fraction) / 10.0, 0.0, "after " + rounds[i] + " rounds");
        }
        assertEquals(Math.pow(0.8, 7) * 265_200 + Math.pow(0.9, 7) * 1000, 56_094, 1.0);
    }

    @Test
    void layerwiseMasksKeepExactlyThePredictedCounts() {
        DeepMlp net = DeepMlp.of(new int[] {30, 20, 10, 3}, Activation.relu());
        double[] theta = net.initialParameters(5);
        Mask mask = Mask.dense(net.parameterCount());
        List<ParameterView> weights = Pruning.weightViews(net);
        for (int round = 1; round <= 6; round++) {
            mask = Pruning.layerwise(net, theta, mask, 0.2, 0.1);
            for (int l = 0; l < weights.size(); l++) {
                assertEquals(Pruning.keptAfter(weights.get(l).length(), l == 2 ? 0.1 : 0.2, round),
                        mask.kept(weights.get(l)), "layer " + l + ", round " + round);
            }
            assertEquals(Pruning.remainingFraction(net, 0.2, 0.1, round), mask.remainingFraction(net), 1e-15);
        }
        for (ParameterView view : net.parameterViews()) {
            if (view.kind() == ParameterView.Kind.BIASES) {
                assertEquals(view.length(), mask.kept(view), "biases are never pruned");
            }
        }
    }

    @Test
    void magnitudePruningRemovesTheSmallestWeightsPerLayerOrGlobally() {
        DeepMlp net = DeepMlp.of(new int[] {2, 2, 1}, Activation.relu());
        // θ: layer1.weights (4), layer1.biases (2), layer2.weights (2), layer2.biases (1)
        double[] theta = {0.5, -0.1, 3.0, -0.2, 9e-9, 9e-9, 0.05, -4.0, 1e-9};
        Mask perLayer = Pruning.layerwise(net, theta, Mask.dense(9), 0.5, 0.5);
        assertArrayEquals(new boolean[] {true, false, true, false, true, true, false, true, true}, perLayer.keep());
        Mask global = Pruning.global(net, theta, Mask.dense(9), 0.5);
        assertArrayEquals(new boolean[] {true, false, true, false, true, true, false, true, true}, global.keep());
        Mask three = Pruning.global(net, theta, Mask.dense(9), 0.34);
        assertArrayEquals(new boolean[] {true, false, true, true, true, true, false, true, true}, three.keep());
        Mask keepOne = Pruning.globalKeeping(net, theta, 1);
        assertArrayEquals(new boolean[] {false, false, false, false, true, true, false, true, true}, keepOne.keep());
        double[] zeroed = keepOne.apply(theta);
        assertEquals(0.0, zeroed[2], 0.0);
        assertEquals(-4.0, zeroed[7], 0.0);
    }

    @Test
    void tiesArePrunedLowerIndexFirst() {
        DeepMlp net = DeepMlp.of(new int[] {4, 1}, null);
        double[] theta = {1, 1, 1, 1, 0};
        assertArrayEquals(new boolean[] {false, false, true, true, true},
                Pruning.global(net, theta, Mask.dense(5), 0.5).keep());
    }

    @Test
    void randomMasksKeepTheSameCountPerLayer() {
        DeepMlp net = DeepMlp.of(new int[] {30, 20, 10, 3}, Activation.relu());
        double[] theta = net.initialParameters(1);
        Mask mask = Mask.dense(net.parameterCount());
        for (int round = 0; round < 4; round++) {
            mask = Pruning.layerwise(net, theta, mask, 0.2, 0.1);
        }
        Mask random = Pruning.randomLike(net, mask, 9);
        for (ParameterView view : net.parameterViews()) {
            assertEquals(mask.kept(view), random.kept(view), view.name());
        }
        assertFalse(java.util.Arrays.equals(mask.keep(), random.keep()));
        assertArrayEquals(random.keep(), Pruning.randomLike(net, mask, 9).keep(), "same seed, same mask");
    }

    @Test
    void badInputIsNamed() {
        DeepMlp net = DeepMlp.of(new int[] {3, 2}, null);
        double[] theta = net.initialParameters(1);
        Mask dense = Mask.dense(net.parameterCount());
        assertNamed("rate", () -> Pruning.layerwise(net, theta, dense, 1.0, 0.1));
        assertNamed("rate", () -> Pruning.global(net, theta, dense, -0.1));
        assertNamed("outputRate", () -> Pruning.layerwise(net, theta, dense, 0.2, 1.5));
        assertNamed("mask", () -> Pruning.layerwise(net, theta, Mask.dense(3), 0.2, 0.1));
        assertNamed("theta", () -> Pruning.global(net, new double[2], dense, 0.2));
        assertNamed("weights", () -> Pruning.globalKeeping(net, theta, 7));
        assertNamed("rounds", () -> Pruning.keptAfter(10, 0.2, -1));
    }

    static void assertNamed(String name, org.junit.jupiter.api.function.Executable call) {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, call);
        assertTrue(error.getMessage().contains(name), error.getMessage());
    }
}
