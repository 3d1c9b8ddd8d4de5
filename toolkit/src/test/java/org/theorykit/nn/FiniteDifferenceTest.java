package org.theorykit.nn;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.theorykit.objective.HessianVectorProduct;

/**
 * ∇θ L, ∇x f and H·v of every model × activation × loss against central finite differences, relative
 * error ‖exact − fd‖ / ‖fd‖ ≤ 1e-6. Data and θ are random (fixed seeds) with every pre-activation and
 * every hinge margin at least {@value #KINK_MARGIN} away from the kinks of ReLU / leaky ReLU / hinge:
 * there the derivative jumps and a difference quotient straddling the kink measures nothing. The
 * test asserts that distance rather than assuming it.
 */
class FiniteDifferenceTest {

    static final double KINK_MARGIN = 1e-3;
    static final double STEP = 1e-5;
    static final double TOLERANCE = 1e-6;
    private static final double[] WORST = new double[3];

    record Case(String model, IntFunction<Model> factory, Activation activation, Loss loss) {
        @Override
        public String toString() {
            return model + " / " + (activation == null ? "-" : activation.name()) + " / " + loss.name();
        }
    }

    static Stream<Arguments> cases() {
        List<Activation> activations = List.of(Activation.relu(), Activation.leakyRelu(0.1), Activation.softplus(),
                Activation.tanh(), Activation.sigmoid(), Activation.quadratic(),
                Activation.polynomial(0.1, 1.0, 0.3, -0.2));
        List<Loss> losses = List.of(Loss.squared(), Loss.logistic(), Loss.softmaxCrossEntropy(), Loss.hinge(),
                Loss.exponential());
        List<Arguments> out = new ArrayList<>();
        for (Loss loss : losses) {
            boolean multi = loss.name().equals("softmax-cross-entropy");
            for (Activation a : activations) {
                out.add(Arguments.of(new Case("shallow", q -> ShallowNet.of(3, 4, q, a), a, loss)));
                out.add(Arguments.of(new Case("mlp", q -> DeepMlp.of(new int[] {3, 4, 3, q}, a), a, loss)));
                out.add(Arguments.of(new Case("shallow-bias-free", q -> ShallowNet.biasFree(3, 4, q, a), a, loss)));
                out.add(Arguments.of(new Case("mlp-bias-free", q -> DeepMlp.biasFree(new int[] {3, 4, 3, q}, a), a, loss)));
                if (!multi) {
                    out.add(Arguments.of(new Case("tree2", q -> TreeNet.binary(2, 3, a), a, loss)));
                    out.add(Arguments.of(new Case("tree2-shared", q -> TreeNet.of(2, 2, 3, a, true), a, loss)));
                    out.add(Arguments.of(new Case("tree3", q -> TreeNet.of(3, 2, 2, a, false), a, loss)));
                    out.add(Arguments.of(new Case("tree2-bias-free", q -> TreeNet.biasFree(2, 2, 3, a, false), a, loss)));
                }
            }
            out.add(Arguments.of(new Case("linear", q -> LinearModel.of(3, q), null, loss)));
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void derivativesMatchFiniteDifferences(Case c) {
        boolean multi = c.loss().name().equals("softmax-cross-entropy");
        Model model = c.factory().apply(multi ? 3 : 1);
        Random random = new Random(11);
        int n = 6;
        double[][] x = new double[n][model.inputDimension()];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < x[i].length; j++) {
                x[i][j] = 2 * random.nextDouble() - 1;
            }
            y[i] = multi ? i % 3 : c.loss().name().equals("squared") ? random.nextGaussian() : (i % 2 == 0 ? 1 : -1);
        }
        SupervisedObjective objective = new SupervisedObjective(model, c.loss(), Dataset.of(x, y));
        double[] theta = awayFromKinks(objective, random);
        int p = model.parameterCount();

        double[] gradient = new double[p];
        objective.lossAndGradient(theta, gradient);
        double[] fdGradient = new double[p];
        for (int k = 0; k < p; k++) {
            double saved = theta[k];
            theta[k] = saved + STEP;
            double plus = objective.loss(theta);
            theta[k] = saved - STEP;
            double minus = objective.loss(theta);
            theta[k] = saved;
            fdGradient[k] = (plus - minus) / (2 * STEP);
        }
        record(0, c, gradient, fdGradient);

        double[] v = new double[p];
        for (int k = 0; k < p; k++) {
            v[k] = random.nextGaussian();
        }
        double[] hv = new double[p];
        objective.hessianAt(theta).apply(v, hv);
        double[] plus = new double[p];
        double[] minus = new double[p];
        objective.lossAndGradient(shifted(theta, v, STEP), plus);
        objective.lossAndGradient(shifted(theta, v, -STEP), minus);
        double[] fdHv = new double[p];
        for (int k = 0; k < p; k++) {
            fdHv[k] = (plus[k] - minus[k]) / (2 * STEP);
        }
        record(1, c, hv, fdHv);

        int d = model.inputDimension();
        for (int o = 0; o < model.outputDimension(); o++) {
            double[] inputGradient = new double[d];
            model.inputGradient(theta, x[0], o, inputGradient);
            double[] fdInput = new double[d];
            for (int j = 0; j < d; j++) {
                double[] xp = x[0].clone();
                double[] xm = x[0].clone();
                xp[j] += STEP;
                xm[j] -= STEP;
                fdInput[j] = (model.output(theta, xp)[o] - model.output(theta, xm)[o]) / (2 * STEP);
            }
            record(2, c, inputGradient, fdInput);
        }
    }

    /** Draws θ until every pre-activation and hinge margin is KINK_MARGIN away from its kink (≤ 50 tries). */
    private static double[] awayFromKinks(SupervisedObjective objective, Random random) {
        Model model = objective.model();
        for (int attempt = 0; attempt < 50; attempt++) {
            double[] theta = new double[model.parameterCount()];
            for (int k = 0; k < theta.length; k++) {
                theta[k] = 0.7 * random.nextGaussian();
            }
            if (minimumKinkDistance(objective, theta) > KINK_MARGIN) {
                return theta;
            }
        }
        throw new AssertionError("no θ found away from kinks");
    }

    private static double minimumKinkDistance(SupervisedObjective objective, double[] theta) {
        Model model = objective.model();
        Dataset data = objective.data();
        Model.Workspace ws = model.newWorkspace();
        double min = Double.POSITIVE_INFINITY;
        for (int i = 0; i < data.size(); i++) {
            model.forward(theta, data.x(), i * data.inputDimension(), ws);
            for (int u = model.inputDimension(); u < ws.z.length; u++) {
                min = Math.min(min, Math.abs(ws.z[u]));
            }
            if (objective.lossFunction().name().equals("hinge")) {
                min = Math.min(min, Math.abs(1 - data.y()[i] * ws.f[0]));
            }
        }
        return min;
    }

    private static double[] shifted(double[] theta, double[] v, double t) {
        double[] out = theta.clone();
        for (int k = 0; k < out.length; k++) {
            out[k] += t * v[k];
        }
        return out;
    }

    private static void record(int slot, Case c, double[] exact, double[] fd) {
        double diff = 0;
        double norm = 0;
        for (int k = 0; k < exact.length; k++) {
            diff += (exact[k] - fd[k]) * (exact[k] - fd[k]);
            norm += fd[k] * fd[k];
        }
        double error = Math.sqrt(diff) / Math.max(Math.sqrt(norm), 1e-8);
        synchronized (WORST) {
            WORST[slot] = Math.max(WORST[slot], error);
        }
        String what = new String[] {"gradient", "Hessian-vector product", "input gradient"}[slot];
        assertTrue(error <= TOLERANCE, c + ": " + what + " relative error " + error);
    }

    @AfterAll
    static void report() {
        System.out.printf("largest FD relative errors: gradient %.2e, Hv %.2e, input gradient %.2e%n",
                WORST[0], WORST[1], WORST[2]);
    }
}
