package org.theorykit.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.theorykit.data.Samplers;
import org.theorykit.nn.Activation;
import org.theorykit.nn.DeepMlp;
import org.theorykit.nn.LinearModel;
import org.theorykit.nn.Model;
import org.theorykit.nn.ShallowNet;
import smile.math.MathEx;

class LipschitzBracketTest {

    private static final double TOL = 1e-9;

    static double[] randomTheta(Model model, long seed, double scale) {
        Random random = new Random(seed);
        double[] theta = new double[model.parameterCount()];
        for (int i = 0; i < theta.length; i++) {
            theta[i] = scale * random.nextGaussian();
        }
        return theta;
    }

    @Test
    void linearModelIsExact() {
        LinearModel model = LinearModel.of(7, 1);
        double[] theta = randomTheta(model, 3, 1.0);
        double norm = MathEx.norm(model.view("linear.weights").get(theta));
        double[][] x = Samplers.sphere(7).sample(20, 5);
        LipschitzBracket b = LipschitzEstimator.defaults(Samplers.sphere(7), InputDomain.sphere(1))
                .bracket(model, theta, x);
        assertEquals(norm, b.upper(), 1e-12 * norm);
        assertEquals(norm, b.lower(), 1e-9 * norm);
        assertEquals(norm, b.value(LipschitzEstimate.TRAINING_GRADIENTS), 1e-12 * norm);
        assertEquals(LipschitzEstimate.LINEAR, b.bestUpper().orElseThrow().name());
        assertEquals(1.0, b.ratio(), 1e-9);
    }

    @Test
    void oneReluUnitIsBracketedAndTheCentredPathBoundIsExact() {
        ShallowNet net = ShallowNet.of(4, 1, 1, Activation.relu());
        double[] theta = randomTheta(net, 11, 1.0);
        double trueLip = Math.abs(net.view("output.weights").get(theta)[0])
                * MathEx.norm(net.view("hidden.weights").get(theta));
        double[][] x = Samplers.gaussian(4).sample(30, 2);
        LipschitzBracket b = LipschitzEstimator.defaults(Samplers.gaussian(4), InputDomain.ball(3))
                .bracket(net, theta, x);
        assertTrue(b.lower() <= trueLip * (1 + TOL), b.toString());
        assertTrue(b.upper() >= trueLip * (1 - TOL), b.toString());
        assertEquals(trueLip, b.value(LipschitzEstimate.CENTRED_PATH), 1e-12 * trueLip);
        assertEquals(trueLip, b.lower(), 1e-6 * trueLip, "some sample activates the unit");
    }

    /** The exact Lipschitz constant of a 1-D ReLU net: the largest |slope| over the linear pieces between kinks. */
    static double exactLipschitz1d(ShallowNet net, double[] theta) {
        double[] w = net.view("hidden.weights").get(theta);
        double[] b = net.view("hidden.biases").get(theta);
        double[] a = net.view("output.weights").get(theta);
        List<Double> kinks = new ArrayList<>();
        for (int j = 0; j < w.length; j++) {
            if (w[j] != 0) {
                kinks.add(-b[j] / w[j]);
            }
        }
        kinks.sort(Double::compare);
        List<Double> probes = new ArrayList<>();
        probes.add(kinks.get(0) - 1);
        probes.add(kinks.get(kinks.size() - 1) + 1);
        for (int i = 0; i + 1 < kinks.size(); i++) {
            probes.add((kinks.get(i) + kinks.get(i + 1)) / 2);
        }
        double best = 0;
        for (double x : probes) {
            double slope = 0;
            for (int j = 0; j < w.length; j++) {
                if (w[j] * x + b[j] > 0) {
                    slope += a[j] * w[j];
                }
            }
            best = Math.max(best, Math.abs(slope));
        }
        return best;
    }

    @Test
    void oneDimensionalReluNetsAreBracketedAroundTheScannedConstant() {
        for (long seed = 1; seed <= 5; seed++) {
            ShallowNet net = ShallowNet.of(1, 12, 1, Activation.relu());
            double[] theta = randomTheta(net, seed, 1.0);
            double trueLip = exactLipschitz1d(net, theta);
            double[][] x = Samplers.gaussian(1).sample(15, seed);
            LipschitzBracket b = new LipschitzEstimator(Samplers.gaussian(1), 500, InputDomain.wholeSpace(), 5,
                    100, 0.5, 1e-3, 2000, seed).bracket(net, theta, x);
            assertTrue(b.lower() <= trueLip * (1 + TOL), "seed " + seed + ": " + b + " vs " + trueLip);
            assertTrue(b.upper() >= trueLip * (1 - TOL), "seed " + seed + ": " + b + " vs " + trueLip);
            for (LipschitzEstimate upper : b.upperBounds()) {
                assertTrue(upper.value() >= trueLip * (1 - TOL), upper + " vs " + trueLip);
            }
        }
    }

    @Test
    void everyUpperBoundHoldsForSmoothAndLeakyTwoLayerNetsAndTheCentredOnesAreSmaller() {
        for (Activation activation : List.of(Activation.tanh(), Activation.sigmoid(), Activation.softplus(),
                Activation.leakyRelu(0.2), Activation.cosine())) {
            ShallowNet net = ShallowNet.of(3, 30, 1, activation);
            double[] theta = randomTheta(net, 7, 1.0);
            double[][] probes = Samplers.gaussian(3).sample(3000, 9);
            double observed = LipschitzLowerBounds.trainingGradients(InputFunction.of(net, theta), probes).value();
            LipschitzBracket b = LipschitzEstimator.defaults(null, InputDomain.ball(5)).bracket(net, theta, probes);
            for (LipschitzEstimate upper : b.upperBounds()) {
                assertTrue(upper.value() >= observed, activation.name() + ": " + upper + " < observed " + observed);
            }
            assertTrue(b.value(LipschitzEstimate.CENTRED_SPECTRAL) <= b.value(LipschitzEstimate.SPECTRAL_PRODUCT) * (1 + TOL));
            assertTrue(b.value(LipschitzEstimate.CENTRED_PATH) <= b.value(LipschitzEstimate.PATH_SUM) * (1 + TOL));
        }
    }

    @Test
    void deepMlpSpectralProductHolds() {
        DeepMlp mlp = DeepMlp.of(new int[] {3, 10, 10, 1}, Activation.tanh());
        double[] theta = randomTheta(mlp, 4, 0.7);
        double[][] probes = Samplers.gaussian(3).sample(2000, 1);
        LipschitzBracket b = LipschitzEstimator.defaults(Samplers.gaussian(3), InputDomain.ball(3))
                .bracket(mlp, theta, probes);
        assertEquals(LipschitzEstimate.SPECTRAL_PRODUCT, b.bestUpper().orElseThrow().name());
        assertTrue(b.lower() <= b.upper(), b.toString());
        DeepMlp twoLayer = DeepMlp.of(new int[] {3, 10, 1}, Activation.relu());
        assertEquals(4, LipschitzUpperBounds.of(twoLayer, randomTheta(twoLayer, 1, 1)).size());
    }

    @Test
    void gradientAscentClimbsToTheSteepestPointOfATanhRidge() {
        // f(x) = tanh(w·x) on the unit sphere: ‖∇f‖ = ‖w‖(1 − tanh²(w·x)), largest (= ‖w‖) where w·x = 0.
        ShallowNet net = ShallowNet.of(3, 1, 1, Activation.tanh());
        double[] theta = {2, 1, -2, 0, 1};  // w = (2, 1, −2), b = 0, a = 1
        InputFunction f = InputFunction.of(net, theta);
        double[] start = {2 / 3.0, 1 / 3.0, -2 / 3.0};  // w·x = 3: gradient norm 3·(1 − tanh²3) ≈ 0.030
        double before = LipschitzLowerBounds.trainingGradients(f, new double[][] {start}).value();
        LipschitzEstimate ascent = LipschitzLowerBounds.gradientAscent(f, List.of(start), InputDomain.sphere(1),
                200, 0.2, 1e-4, 1);
        assertTrue(before < 0.05);
        assertTrue(ascent.value() > 0.99 * 3 && ascent.value() <= 3 * (1 + TOL), ascent.toString());
        assertEquals(1.0, MathEx.norm(ascent.point()), 1e-12, "projected onto the sphere");
    }

    @Test
    void nearPairsAgreeWithGradientsOnASmoothNet() {
        ShallowNet net = ShallowNet.of(5, 20, 1, Activation.softplus());
        double[] theta = randomTheta(net, 2, 1.0);
        InputFunction f = InputFunction.of(net, theta);
        double[][] x = Samplers.sphere(5).sample(40, 3);
        double gradient = LipschitzLowerBounds.trainingGradients(f, x).value();
        LipschitzEstimate near = LipschitzLowerBounds.nearPairs(f, x, 1e-6);
        assertEquals(gradient, near.value(), 1e-4 * gradient);
        assertEquals(1e-6, MathEx.distance(near.point(), near.partner()), 1e-12);
        LipschitzEstimate pairs = LipschitzLowerBounds.trainingPairs(f, x);
        assertTrue(pairs.value() <= LipschitzUpperBounds.of(net, theta).stream()
                .mapToDouble(LipschitzEstimate::value).min().orElseThrow());
    }

    @Test
    void samplersDrawFromTheirLaws() {
        double[][] sphere = Samplers.sphere(6).sample(500, 1);
        for (double[] x : sphere) {
            assertEquals(1.0, MathEx.norm(x), 1e-12);
        }
        // N(0, I/d): ‖x‖² ~ χ²_d / d has mean 1 and variance 2/d; over 4000 draws the mean's standard
        // error is sqrt(2/(d·4000)) = 0.0091 for d = 6, so |mean − 1| < 0.05 fails with probability < 1e-7.
        double[][] gaussian = Samplers.gaussian(6).sample(4000, 2);
        double mean = 0;
        for (double[] x : gaussian) {
            mean += MathEx.norm(x) * MathEx.norm(x) / gaussian.length;
        }
        assertEquals(1.0, mean, 0.05);
        // uniform on the sphere: E x₁² = 1/d; standard error sqrt(2/(d+2)/d / 4000)... below 0.004 for d = 6
        double first = 0;
        for (double[] x : Samplers.sphere(6).sample(4000, 3)) {
            first += x[0] * x[0] / 4000;
        }
        assertEquals(1 / 6.0, first, 0.02);
    }

    @Test
    void badInputsNameTheParameter() {
        ShallowNet net = ShallowNet.of(2, 3, 1, Activation.relu());
        double[] theta = randomTheta(net, 1, 1);
        InputFunction f = InputFunction.of(net, theta);
        assertThrows(IllegalArgumentException.class, () -> InputFunction.of(ShallowNet.of(2, 3, 2, Activation.relu()),
                new double[ShallowNet.of(2, 3, 2, Activation.relu()).parameterCount()]));
        assertThrows(IllegalArgumentException.class, () -> LipschitzLowerBounds.trainingGradients(f, new double[0][]));
        assertThrows(IllegalArgumentException.class, () -> LipschitzLowerBounds.trainingGradients(f, new double[][] {{1, 2, 3}}));
        assertThrows(IllegalArgumentException.class, () -> LipschitzLowerBounds.trainingGradients(f, new double[][] {{1, Double.NaN}}));
        assertThrows(IllegalArgumentException.class, () -> LipschitzLowerBounds.trainingPairs(f, new double[][] {{1, 2}}));
        assertThrows(IllegalArgumentException.class, () -> LipschitzLowerBounds.nearPairs(f, new double[][] {{1, 2}}, 0));
        assertThrows(IllegalArgumentException.class, () -> LipschitzLowerBounds.gradientAscent(f,
                List.of(new double[] {1, 0}), InputDomain.sphere(1), -1, 0.1, 1e-3, 1));
        assertThrows(IllegalArgumentException.class, () -> LipschitzLowerBounds.sampledGradients(f,
                Samplers.gaussian(3), 10, 1));
        assertThrows(IllegalArgumentException.class, () -> new LipschitzEstimator(null, 10, InputDomain.ball(1), 1, 1,
                0.1, 1e-3, 10, 1));
        assertThrows(IllegalArgumentException.class, () -> InputDomain.sphere(0));
        assertThrows(IllegalArgumentException.class, () -> LipschitzUpperBounds.of(net, new double[2]));
        assertThrows(IllegalArgumentException.class, () -> LipschitzUpperBounds.twoLayer(new double[][] {{1}}, new double[] {1, 2}, 0, 1));
        assertThrows(IllegalArgumentException.class, () -> LipschitzUpperBounds.twoLayer(new double[][] {{1}}, new double[] {1}, 1, 0));
        assertThrows(IllegalArgumentException.class, () -> new LipschitzBracket(List.of(), List.of()));
        String message = assertThrows(IllegalArgumentException.class,
                () -> LipschitzEstimator.defaults(null, InputDomain.ball(1)).withAscent(-1, 1, 0.1)).getMessage();
        assertTrue(message.contains("ascentStarts"), message);
    }

    @Test
    void polynomialActivationsGetNoCertificate() {
        ShallowNet net = ShallowNet.of(2, 3, 1, Activation.quadratic());
        double[] theta = randomTheta(net, 1, 1);
        LipschitzBracket b = LipschitzEstimator.defaults(null, InputDomain.ball(1)).bracket(net, theta,
                new double[][] {{0.1, 0.2}, {0.3, -0.4}});
        assertEquals(Double.POSITIVE_INFINITY, b.upper());
        assertTrue(b.bestUpper().isEmpty());
    }
}
