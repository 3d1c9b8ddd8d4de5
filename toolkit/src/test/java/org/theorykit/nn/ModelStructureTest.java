package org.theorykit.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Parameter counts against the closed forms, θ views, seeded initialization. */
class ModelStructureTest {

    @Test
    void shallowNetHasPoggioCountForOneOutput() {
        for (int n : new int[] {1, 8, 50}) {
            for (int bigN : new int[] {1, 7, 1000}) {
                assertEquals((n + 2) * bigN, ShallowNet.of(n, bigN, 1, Activation.relu()).parameterCount());
            }
        }
        assertEquals(8 * 5 + 5 + 3 * 5, ShallowNet.of(8, 5, 3, Activation.relu()).parameterCount());
    }

    @Test
    void binaryTreeHasFourParametersPerUnit() {
        TreeNet tree = TreeNet.binary(3, 357, Activation.relu());
        assertEquals(8, tree.inputDimension());
        assertEquals(7 * 4 * 357, tree.parameterCount());
        for (int levels = 1; levels <= 5; levels++) {
            int n = 1 << levels;
            assertEquals(4 * 6 * (n - 1), TreeNet.binary(levels, 6, Activation.tanh()).parameterCount());
        }
    }

    @Test
    void aryTreeAndSharedTreeCounts() {
        TreeNet ternary = TreeNet.of(3, 3, 5, Activation.relu(), false);
        assertEquals(27, ternary.inputDimension());
        assertEquals((3 + 2) * 5 * (27 - 1) / 2, ternary.parameterCount());
        assertEquals((2 + 2) * 5 * 3, TreeNet.of(2, 3, 5, Activation.relu(), true).parameterCount());
        assertEquals((4 + 2) * 2 * 2, TreeNet.of(4, 2, 2, Activation.relu(), true).parameterCount());
    }

    @Test
    void mlpAndLinearCounts() {
        assertEquals((3 + 1) * 10 + (10 + 1) * 7 + (7 + 1) * 2,
                DeepMlp.of(new int[] {3, 10, 7, 2}, Activation.relu()).parameterCount());
        assertEquals((6 + 1) * 2, LinearModel.of(6, 2).parameterCount());
    }

    @Test
    void viewsTileTheParameterVectorInOrder() {
        for (Model model : List.of(ShallowNet.of(4, 3, 2, Activation.relu()), TreeNet.binary(2, 3, Activation.relu()),
                TreeNet.of(2, 2, 3, Activation.relu(), true), DeepMlp.of(new int[] {2, 3, 1}, Activation.tanh()),
                LinearModel.of(3, 1))) {
            int next = 0;
            for (ParameterView view : model.parameterViews()) {
                assertEquals(next, view.offset(), view.toString());
                next += view.length();
            }
            assertEquals(model.parameterCount(), next);
        }
    }

    @Test
    void shallowViewsAndFiltersHaveDocumentedLayout() {
        ShallowNet net = ShallowNet.of(4, 3, 1, Activation.relu());
        ParameterView hidden = net.view("hidden.weights");
        assertArrayEquals(new int[] {3, 4}, hidden.shape());
        assertEquals(ParameterView.Kind.WEIGHTS, hidden.kind());
        assertEquals(12, net.view("hidden.biases").offset());
        assertEquals(15, net.view("output.weights").offset());
        List<ParameterView> filters = net.filters();
        assertEquals(3 + 1, filters.size());
        assertEquals(4, filters.get(1).offset());
        assertEquals(4, filters.get(1).length());
        assertEquals(3, filters.get(3).length());
        double[] theta = net.initialParameters(3);
        assertArrayEquals(Arrays.copyOfRange(theta, 4, 8), filters.get(1).get(theta));
    }

    @Test
    void treeViewsNameLevelsAndNodes() {
        TreeNet tree = TreeNet.binary(2, 3, Activation.relu());
        assertEquals(List.of("level1.node0.hidden.weights", "level1.node0.hidden.biases", "level1.node0.output.weights",
                        "level1.node1.hidden.weights", "level1.node1.hidden.biases", "level1.node1.output.weights",
                        "level2.node0.hidden.weights", "level2.node0.hidden.biases", "level2.node0.output.weights"),
                tree.parameterViews().stream().map(ParameterView::name).toList());
        assertArrayEquals(new int[] {3, 2}, tree.view("level2.node0.hidden.weights").shape());
    }

    @Test
    void sameSeedGivesSameThetaAndOtherSeedDiffers() {
        Model model = DeepMlp.of(new int[] {5, 20, 20, 1}, Activation.relu());
        assertArrayEquals(model.initialParameters(42), model.initialParameters(42));
        assertFalse(Arrays.equals(model.initialParameters(42), model.initialParameters(43)));
    }

    @Test
    void uniformBiasesKeepTheWeightsAndDrawHiddenBiasesFromTheFanInInterval() {
        TreeNet tree = TreeNet.binary(3, 500, Activation.relu());
        double[] plain = tree.initialParameters(5);
        double[] uniform = tree.initialParametersUniformBiases(5);
        double bound = 1 / Math.sqrt(2);
        double sum = 0;
        double sumSquares = 0;
        int count = 0;
        for (ParameterView v : tree.parameterViews()) {
            if (v.name().endsWith("biases")) {
                for (double b : v.get(uniform)) {
                    assertTrue(Math.abs(b) <= bound, v.name() + ": " + b);
                    sum += b;
                    sumSquares += b * b;
                    count++;
                }
            } else {
                assertArrayEquals(v.get(plain), v.get(uniform), v.name());
            }
        }
        // 3500 draws of U(−c, c), c = 1/√2: mean 0 (s.e. c/√(3·3500) ≈ 0.007), E b² = c²/3 (s.e. ≈ 1.5%)
        assertEquals(7 * 500, count);
        assertEquals(0, sum / count, 0.035);
        assertEquals(bound * bound / 3, sumSquares / count, 0.05 * bound * bound / 3);
        assertArrayEquals(uniform, tree.initialParametersUniformBiases(5));
    }

    @Test
    void initializationFollowsHeScaleAndZeroBiases() {
        ShallowNet net = ShallowNet.of(50, 4000, 1, Activation.relu());
        double[] theta = net.initialParameters(1);
        double[] w = net.view("hidden.weights").get(theta);
        double variance = Arrays.stream(w).map(t -> t * t).average().orElseThrow();
        assertEquals(2.0 / 50, variance, 0.02 * 2.0 / 50);
        assertTrue(Arrays.stream(net.view("hidden.biases").get(theta)).allMatch(b -> b == 0.0));
        double[] a = net.view("output.weights").get(theta);
        assertEquals(1.0 / 4000, Arrays.stream(a).map(t -> t * t).average().orElseThrow(), 0.1 / 4000);
    }
}
