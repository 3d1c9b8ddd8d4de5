package org.theorykit.compositionality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.theorykit.data.GenericTarget;
import org.theorykit.data.MultivariateTarget;
import org.theorykit.data.TargetSample;
import org.junit.jupiter.api.Test;
import org.theorykit.nn.Activation;
import org.theorykit.nn.Model;
import org.theorykit.nn.TreeNet;

class CompositionalTargetTest {

    private static double h1(double a, double b) {
        return 0.59 * Math.cos(1.5 * Math.PI * (a + b));
    }

    private static double h(double a, double b) {
        return Math.sin(a + b) + 0.25 * (a + b) * (a + b) - 0.2;
    }

    @Test
    void canonicalIsThePapersEightVariableForm() {
        CompositionalTarget f = CompositionalTarget.canonical();
        assertEquals(8, f.dimension());
        assertEquals(7, f.nodeCount());
        SplittableRandom r = new SplittableRandom(1);
        for (int t = 0; t < 100; t++) {
            double[] x = new double[8];
            for (int j = 0; j < 8; j++) {
                x[j] = 2 * r.nextDouble() - 1;
            }
            double expected = h(h(h1(x[0], x[1]), h1(x[2], x[3])), h(h1(x[4], x[5]), h1(x[6], x[7])));
            assertEquals(expected, f.value(x), 1e-14);
        }
    }

    @Test
    void builderEvaluatesTernaryTreesAndRejectsMissingNodes() {
        CompositionalTarget sumOfProducts = CompositionalTarget.builder(3, 2)
                .level(1, c -> c[0] * c[1] * c[2]).level(2, c -> c[0] + c[1] + c[2]).build();
        double[] x = {1, 2, 3, 0.5, 0.5, 4, -1, 1, 1};
        assertEquals(6 + 1 - 1, sumOfProducts.value(x), 1e-15);
        assertEquals(4, sumOfProducts.nodeCount());
        var partial = CompositionalTarget.builder(2, 2).level(1, c -> c[0]);
        IllegalStateException e = assertThrows(IllegalStateException.class, partial::build);
        assertTrue(e.getMessage().contains("level 2"));
        assertThrows(IllegalArgumentException.class, () -> CompositionalTarget.builder(1, 2));
        assertThrows(IllegalArgumentException.class, () -> CompositionalTarget.builder(2, 3).node(2, 2, c -> 0));
        assertThrows(IllegalArgumentException.class, () -> CompositionalTarget.canonical().value(new double[7]));
    }

    @Test
    void distinctNodesDifferFromTheCanonicalOnes() {
        CompositionalTarget distinct = CompositionalTarget.distinct(3);
        double[] x = {0.1, -0.3, 0.7, 0.2, -0.9, 0.4, 0.05, -0.6};
        assertNotEquals(CompositionalTarget.canonical().value(x), distinct.value(x), 1e-3);
        // swapping the first pair with the second changes the value (node 0 and node 1 differ)
        double[] swapped = {0.7, 0.2, 0.1, -0.3, -0.9, 0.4, 0.05, -0.6};
        assertNotEquals(distinct.value(x), distinct.value(swapped), 1e-6);
        // ...while the canonical target, whose level-1 nodes are identical, is symmetric under it
        assertEquals(CompositionalTarget.canonical().value(x), CompositionalTarget.canonical().value(swapped), 1e-14);
    }

    @Test
    void reluTargetIsExactlyATreeReluNetWithThreeUnitsPerNode() {
        for (int levels = 1; levels <= 4; levels++) {
            CompositionalTarget f = CompositionalTarget.relu(levels);
            TreeNet net = TreeNet.binary(levels, 3, Activation.relu());
            double[] theta = new double[net.parameterCount()];
            int nodes = 1 << levels;
            for (int l = 1; l <= levels; l++) {
                nodes /= 2;
                for (int j = 0; j < nodes; j++) {
                    String name = "level" + l + ".node" + j;
                    set(net, theta, name + ".hidden.weights", 1, 1, 1, -1, 0, 0);
                    set(net, theta, name + ".hidden.biases", 0.5, 0, 0.5);
                    set(net, theta, name + ".output.weights", 1, -0.6, -1);
                }
            }
            TargetSample s = f.sample(500, 0, levels);
            for (int i = 0; i < s.size(); i++) {
                double[] x = java.util.Arrays.copyOfRange(s.x(), i * s.dimension(), (i + 1) * s.dimension());
                assertEquals(s.y()[i], net.output(theta, x)[0], 1e-12);
            }
        }
    }

    private static void set(Model model, double[] theta, String view, double... values) {
        var v = model.view(view);
        assertEquals(values.length, v.length(), view);
        System.arraycopy(values, 0, theta, v.offset(), values.length);
    }

    @Test
    void samplesAreUniformOnTheCubeSeededAndNoisy() {
        CompositionalTarget f = CompositionalTarget.canonical();
        TargetSample a = f.sample(4000, 0, 9);
        TargetSample b = f.sample(4000, 0, 9);
        assertEquals(java.util.Arrays.toString(a.y()), java.util.Arrays.toString(b.y()));
        double min = 1, max = -1, mean = 0;
        for (double v : a.x()) {
            min = Math.min(min, v);
            max = Math.max(max, v);
            mean += v / a.x().length;
        }
        assertTrue(min >= -1 && max <= 1 && min < -0.99 && max > 0.99, min + " " + max);
        assertEquals(0, mean, 0.02);
        TargetSample noisy = f.sample(4000, 0.5, 9);
        double residual = 0;
        for (int i = 0; i < 4000; i++) {
            residual += Math.pow(noisy.y()[i] - a.y()[i], 2) / 4000;
        }
        assertEquals(0.25, residual, 0.03);
        assertEquals(a.size(), a.toDataset().size());
        assertThrows(IllegalArgumentException.class, () -> f.sample(0, 0, 1));
        assertThrows(IllegalArgumentException.class, () -> f.sample(10, -1, 1));
    }

    @Test
    void presetsStayInASaneRangeAtEveryDepth() {
        for (int levels = 2; levels <= 5; levels++) {
            for (MultivariateTarget f : new MultivariateTarget[] {CompositionalTarget.canonical(levels),
                    CompositionalTarget.distinct(levels), CompositionalTarget.relu(levels)}) {
                TargetSample s = f.sample(5000, 0, 3);
                double sd = Math.sqrt(s.labelVariance());
                assertTrue(sd > 0.1 && sd < 1.5, f + ": sd " + sd);
                for (double y : s.y()) {
                    assertTrue(Math.abs(y) < 20, f + ": " + y);
                }
            }
        }
    }

    @Test
    void genericTargetHasTheRequestedVarianceAndUsesEveryVariable() {
        CompositionalTarget like = CompositionalTarget.canonical();
        GenericTarget g = GenericTarget.matching(like, 7);
        double want = like.meanAndVariance(20_000, 12345)[1];
        double got = g.meanAndVariance(20_000, 99)[1];
        assertEquals(want, got, 0.08 * want);
        double[] x = {0.1, -0.3, 0.7, 0.2, -0.9, 0.4, 0.05, -0.6};
        double base = g.value(x);
        for (int j = 0; j < 8; j++) {
            double[] y = x.clone();
            y[j] += 0.3;
            assertNotEquals(base, g.value(y), 1e-6, "variable " + j);
        }
        assertThrows(IllegalArgumentException.class, () -> GenericTarget.gaussianBumps(8, 0, 0.5, 1, 1));
        assertThrows(IllegalArgumentException.class, () -> GenericTarget.gaussianBumps(8, 3, 0.5, -1, 1));
    }
}
