package org.theorykit.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Bias-free dense, shallow and tree models: the parameter count without biases, positive homogeneity
 * f(cθ) = c^L f(θ) for ReLU (L = 2 shallow, L = 3 for two hidden layers, 2 per level of a tree), and the batch paths (the
 * shallow net's own kernels need biases, so a bias-free net must take the dense-chain path) agreeing
 * with the per-example engine.
 */
class BiasFreeTest {

    @Test
    void parameterCountsHaveNoBiases() {
        assertEquals(5 * 7 + 7 * 2, ShallowNet.biasFree(5, 7, 2, Activation.relu()).parameterCount());
        assertEquals(5 * 4 + 4 * 3 + 3, DeepMlp.biasFree(new int[] {5, 4, 3, 1}, Activation.relu()).parameterCount());
        assertFalse(ShallowNet.biasFree(5, 7, 1, Activation.relu()).hasHiddenBiases());
        assertTrue(ShallowNet.of(5, 7, 1, Activation.relu()).hasHiddenBiases());
        assertTrue(ShallowNet.biasFree(5, 7, 1, Activation.relu()).parameterViews().stream()
                .noneMatch(v -> v.name().endsWith("biases")));
        // binary tree on 4 inputs: 3 nodes of 2m hidden weights and m output weights
        TreeNet tree = TreeNet.biasFree(2, 2, 3, Activation.relu(), false);
        assertEquals(3 * (2 * 3 + 3), tree.parameterCount());
        assertFalse(tree.hasHiddenBiases());
        assertTrue(TreeNet.binary(2, 3, Activation.relu()).hasHiddenBiases());
        assertTrue(tree.parameterViews().stream().noneMatch(v -> v.name().endsWith("biases")));
    }

    @Test
    void reluNetsArePositivelyHomogeneousOfTheirDepth() {
        Random random = new Random(3);
        double[] x = {0.3, -1.2, 0.7, 2.0, -0.4};
        Model[] models = {ShallowNet.biasFree(5, 9, 1, Activation.relu()),
                DeepMlp.biasFree(new int[] {5, 6, 4, 1}, Activation.relu())};
        int[] degrees = {2, 3};
        for (int m = 0; m < models.length; m++) {
            double[] theta = models[m].initialParameters(random.nextLong());
            double f = models[m].output(theta, x)[0];
            double c = 1.7;
            double[] scaled = theta.clone();
            for (int i = 0; i < scaled.length; i++) {
                scaled[i] *= c;
            }
            assertEquals(Math.pow(c, degrees[m]) * f, models[m].output(scaled, x)[0], 1e-12 * (1 + Math.abs(f)));
        }
    }

    @Test
    void reluTreeOfLLevelsIsPositivelyHomogeneousOfDegreeTwoL() {
        for (int levels = 1; levels <= 3; levels++) {
            TreeNet tree = TreeNet.biasFree(2, levels, 4, Activation.relu(), false);
            double[] x = new Random(levels).doubles(tree.inputDimension(), -1, 1).toArray();
            double[] theta = tree.initialParameters(11);
            double f = tree.output(theta, x)[0];
            double c = 1.3;
            double[] scaled = theta.clone();
            for (int i = 0; i < scaled.length; i++) {
                scaled[i] *= c;
            }
            assertEquals(Math.pow(c, 2 * levels) * f, tree.output(scaled, x)[0], 1e-12 * (1 + Math.abs(f)), "levels " + levels);
        }
    }

    @Test
    void batchGradientOfBiasFreeShallowNetMatchesPerExampleEngine() {
        ShallowNet net = ShallowNet.biasFree(4, 300, 1, Activation.relu());
        Random random = new Random(5);
        int n = 64;
        double[][] x = new double[n][4];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < 4; j++) {
                x[i][j] = random.nextGaussian();
            }
            y[i] = i % 2 == 0 ? 1 : -1;
        }
        Dataset data = Dataset.of(x, y);
        double[] theta = net.initialParameters(9);
        int[] all = new int[n];
        for (int i = 0; i < n; i++) {
            all[i] = i;
        }
        double[] fast = new double[net.parameterCount()];
        double[] generic = new double[net.parameterCount()];
        double lossFast = net.lossAndGradient(theta, Loss.logistic(), data, all, 0, n, fast, net.newWorkspace());
        double lossGeneric = net.lossAndGradient(theta, Loss.logistic(), data, all, 0, n, generic,
                net.newGenericWorkspace());
        assertEquals(lossGeneric, lossFast, 1e-12);
        for (int i = 0; i < fast.length; i++) {
            assertEquals(generic[i], fast[i], 1e-12);
        }
    }
}
