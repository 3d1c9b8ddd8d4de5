package org.theorykit.nn.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.theorykit.nn.Dataset;
import org.theorykit.nn.GenericEngine;
import org.theorykit.nn.Loss;
import org.theorykit.nn.Model;
import org.theorykit.objective.HessianVectorProduct;

/**
 * The contract every compute engine keeps (the pattern of EJML's {@code GenericCholeskyTests_DDRM}):
 * each engine's test subclasses this class, names the models it serves and says how to build the engine;
 * the checks are the same for all. An engine must give the generic per-example engine's loss, gradient,
 * H·v and outputs up to rounding (relative 1e-12), on batches with shuffled, repeated indices that span
 * several chunks; its gradient must be the derivative of the loss (central differences along a random
 * direction) and its H·v the derivative of the gradient; and an engine reused at a new θ must give what
 * a fresh one gives (no state left over from the last call).
 */
abstract class EngineContract {

    /** The finite-difference step (see {@link #gradientIsTheDerivativeOfTheLoss}). */
    private static final double STEP = 1e-7;
    /** Examples H·v is differenced on (see {@link #hessianVectorProductsEqualTheGenericEngineAndDifferentiateTheGradient}). */
    private static final int HEAD = 20;

    /** A model with the loss and the data it is checked on. */
    record Case(String name, Model model, Loss loss, Dataset data) {
    }

    /** The models this engine serves, with losses and data. */
    abstract List<Case> cases();

    /** A fresh minibatch engine for the model, chunks of at most chunkElements entries; null if the engine has none. */
    BatchEngine batchEngine(Model model, int chunkElements) {
        return null;
    }

    /** The engine's H·v of the mean loss over all of the case's data at θ; null if the engine computes none. */
    HessianVectorProduct hessian(Case c, double[] theta, int chunkElements) {
        return null;
    }

    /**
     * The engine's outputs over the case's data (row-major n × q), chunks of at most chunkElements
     * entries where the engine has chunks; null if the engine computes none.
     */
    double[] outputs(Case c, double[] theta, int chunkElements) {
        return null;
    }

    /** Chunk sizes to build the engine with: small ones force several chunks; the production size last. */
    int[] chunkSizes(Model model) {
        return new int[] {Engines.CHUNK_ELEMENTS};
    }

    static Dataset gaussianData(int size, int inputs, Random random) {
        double[] x = new double[size * inputs];
        double[] y = new double[size];
        for (int i = 0; i < x.length; i++) {
            x[i] = random.nextGaussian();
        }
        for (int i = 0; i < size; i++) {
            y[i] = random.nextGaussian();
        }
        return new Dataset(x, y, size, inputs, 1);
    }

    /** The same inputs with labels ±1, for the margin losses. */
    static Dataset signs(Dataset data) {
        double[] y = new double[data.size()];
        for (int i = 0; i < y.length; i++) {
            y[i] = i % 2 == 0 ? 1 : -1;
        }
        return new Dataset(data.x(), y, data.size(), data.inputDimension(), 1);
    }

    /** The same inputs with class indices 0 … classes − 1, for softmax cross-entropy. */
    static Dataset classes(Dataset data, int classes) {
        double[] y = new double[data.size()];
        for (int i = 0; i < y.length; i++) {
            y[i] = i % classes;
        }
        return new Dataset(data.x(), y, data.size(), data.inputDimension(), 1);
    }

    private static double[] theta(Model model, long seed) {
        double[] theta = model.initialParameters(seed);
        for (int k = 0; k < theta.length; k++) {
            theta[k] += 0.1 * Math.sin(k + seed);
        }
        return theta;
    }

    private static int[] batch(int length, int size, Random random) {
        int[] batch = new int[length];
        for (int i = 0; i < length; i++) {
            batch[i] = random.nextInt(size);
        }
        return batch;
    }

    static void assertClose(double[] expected, double[] actual, double relative, String what) {
        double scale = 0;
        for (double e : expected) {
            scale = Math.max(scale, Math.abs(e));
        }
        for (int k = 0; k < expected.length; k++) {
            assertEquals(expected[k], actual[k], relative * scale, what + ", component " + k);
        }
    }

    /** Batch ranges checked: one example, three, five, and a long batch with repeats (several chunks). */
    private static int[][] ranges(Dataset data) {
        int n = data.size();
        return new int[][] {{0, 1}, {0, 3}, {1, 6}, {2, 2 * n + 3}};
    }

    @Test
    void lossAndGradientEqualTheGenericEngine() {
        Random random = new Random(21);
        int checked = 0;
        for (Case c : cases()) {
            for (int chunk : chunkSizes(c.model())) {
                BatchEngine engine = batchEngine(c.model(), chunk);
                assumeTrue(engine != null, "this engine has no minibatch path");
                for (int[] range : ranges(c.data())) {
                    int[] batch = batch(range[1] + 1, c.data().size(), random);
                    double[] theta = theta(c.model(), 4);
                    double[] expected = new double[theta.length];
                    double[] actual = new double[theta.length];
                    double expectedLoss = GenericEngine.lossAndGradient(c.model(), theta, c.loss(), c.data(), batch,
                            range[0], range[1], expected);
                    double actualLoss = engine.lossAndGradient(theta, c.loss(), c.data(), batch, range[0], range[1],
                            actual);
                    String what = c.name() + ", chunk " + chunk + ", batch [" + range[0] + ", " + range[1] + ")";
                    assertEquals(expectedLoss, actualLoss, 1e-12 * Math.abs(expectedLoss), what + ", loss");
                    assertClose(expected, actual, 1e-12, what + ", gradient");
                    checked++;
                }
            }
        }
        assertFalse(checked == 0, "no case checked");
    }

    /**
     * ⟨∇L, v⟩ against (L(θ + hv) − L(θ − hv)) / 2h over the whole data set, L by the engine itself. The
     * step is small (1e-7) so that no pre-activation of a (leaky) ReLU net crosses its kink; rounding
     * then costs about 1e-9 relative, far inside the tolerance.
     */
    @Test
    void gradientIsTheDerivativeOfTheLoss() {
        Random random = new Random(22);
        for (Case c : cases()) {
            BatchEngine engine = batchEngine(c.model(), Engines.CHUNK_ELEMENTS);
            assumeTrue(engine != null, "this engine has no minibatch path");
            int n = c.data().size();
            int[] all = new int[n];
            for (int i = 0; i < n; i++) {
                all[i] = i;
            }
            double[] theta = theta(c.model(), 5);
            double[] v = random.doubles(theta.length, -1, 1).toArray();
            double[] gradient = new double[theta.length];
            engine.lossAndGradient(theta, c.loss(), c.data(), all, 0, n, gradient);
            double h = STEP;
            double[] plus = theta.clone();
            double[] minus = theta.clone();
            for (int k = 0; k < theta.length; k++) {
                plus[k] += h * v[k];
                minus[k] -= h * v[k];
            }
            double[] scratch = new double[theta.length];
            double difference = (engine.lossAndGradient(plus, c.loss(), c.data(), all, 0, n, scratch)
                    - engine.lossAndGradient(minus, c.loss(), c.data(), all, 0, n, scratch)) / (2 * h);
            double directional = 0;
            for (int k = 0; k < theta.length; k++) {
                directional += gradient[k] * v[k];
            }
            assertEquals(directional, difference, 1e-6 * (1 + Math.abs(directional)), c.name());
        }
    }

    /** The same engine at θ₁ and then θ₂ gives bit for bit what a fresh engine gives at θ₂. */
    @Test
    void reuseAtANewThetaLeavesNothingBehind() {
        Random random = new Random(23);
        for (Case c : cases()) {
            BatchEngine reused = batchEngine(c.model(), Engines.CHUNK_ELEMENTS);
            assumeTrue(reused != null, "this engine has no minibatch path");
            int[] batch = batch(c.data().size(), c.data().size(), random);
            double[] first = theta(c.model(), 6);
            double[] second = theta(c.model(), 7);
            double[] scratch = new double[first.length];
            reused.lossAndGradient(first, c.loss(), c.data(), batch, 0, batch.length, scratch);
            double[] again = new double[first.length];
            double[] fresh = new double[first.length];
            double lossAgain = reused.lossAndGradient(second, c.loss(), c.data(), batch, 0, batch.length, again);
            double lossFresh = batchEngine(c.model(), Engines.CHUNK_ELEMENTS)
                    .lossAndGradient(second, c.loss(), c.data(), batch, 0, batch.length, fresh);
            assertEquals(lossFresh, lossAgain, 0.0, c.name());
            assertArrayEquals(fresh, again, 0.0, c.name());
        }
    }

    @Test
    void hessianVectorProductsEqualTheGenericEngineAndDifferentiateTheGradient() {
        Random random = new Random(24);
        int checked = 0;
        for (Case c : cases()) {
            double[] theta = theta(c.model(), 8);
            double[] v = random.doubles(theta.length, -1, 1).toArray();
            double[] expected = GenericEngine.hessianVector(c.model(), theta, v, c.loss(), c.data());
            for (int chunk : chunkSizes(c.model())) {
                HessianVectorProduct h = hessian(c, theta, chunk);
                assumeTrue(h != null, "this engine computes no Hessian-vector products");
                assertEquals(theta.length, h.dimension());
                double[] actual = new double[theta.length];
                h.apply(v, actual);
                assertClose(expected, actual, 1e-12, c.name() + ", chunk " + chunk);
                h.apply(v, actual);
                assertClose(expected, actual, 1e-12, c.name() + ", chunk " + chunk + ", second product");
                checked++;
            }
            // On the first examples only: the gradient of a (leaky) ReLU net jumps where a pre-activation
            // crosses 0, and with fewer examples no pre-activation lies within a step of its kink.
            Case head = new Case(c.name(), c.model(), c.loss(), head(c.data(), HEAD));
            double[] fromGradients = gradientDifference(head, theta, v, STEP);
            double[] actual = new double[theta.length];
            hessian(head, theta, Engines.CHUNK_ELEMENTS).apply(v, actual);
            assertClose(fromGradients, actual, 1e-6, c.name() + ", against differences of the gradient");
        }
        assertFalse(checked == 0, "no case checked");
    }

    /** The first min(n, count) examples of data. */
    private static Dataset head(Dataset data, int count) {
        int n = Math.min(count, data.size());
        return new Dataset(Arrays.copyOf(data.x(), n * data.inputDimension()),
                Arrays.copyOf(data.y(), n * data.targetDimension()), n, data.inputDimension(),
                data.targetDimension());
    }

    /** (∇L(θ + hv) − ∇L(θ − hv)) / 2h over all examples, by the generic engine. */
    private static double[] gradientDifference(Case c, double[] theta, double[] v, double h) {
        int n = c.data().size();
        int[] all = new int[n];
        for (int i = 0; i < n; i++) {
            all[i] = i;
        }
        double[] plus = theta.clone();
        double[] minus = theta.clone();
        for (int k = 0; k < theta.length; k++) {
            plus[k] += h * v[k];
            minus[k] -= h * v[k];
        }
        double[] gPlus = new double[theta.length];
        double[] gMinus = new double[theta.length];
        GenericEngine.lossAndGradient(c.model(), plus, c.loss(), c.data(), all, 0, n, gPlus);
        GenericEngine.lossAndGradient(c.model(), minus, c.loss(), c.data(), all, 0, n, gMinus);
        double[] out = new double[theta.length];
        for (int k = 0; k < theta.length; k++) {
            out[k] = (gPlus[k] - gMinus[k]) / (2 * h);
        }
        return out;
    }

    @Test
    void outputsEqualTheGenericForwardPass() {
        for (Case c : cases()) {
            double[] theta = theta(c.model(), 9);
            double[] expected = GenericEngine.outputs(c.model(), theta, c.data());
            for (int chunk : chunkSizes(c.model())) {
                double[] actual = outputs(c, theta, chunk);
                assumeTrue(actual != null, "this engine computes no outputs");
                assertClose(expected, actual, 1e-12, c.name() + ", chunk " + chunk);
            }
        }
    }
}
