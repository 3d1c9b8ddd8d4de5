package org.theorykit.optim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.theorykit.data.Samplers;
import org.theorykit.objective.HessianObjective;
import org.theorykit.objective.HessianVectorProduct;
import org.theorykit.nn.Activation;
import org.theorykit.nn.Dataset;
import org.theorykit.nn.Loss;
import org.theorykit.nn.ShallowNet;
import org.theorykit.nn.SupervisedObjective;

/**
 * The Krylov (Lanczos) path of Newton / saddle-free Newton on non-quadratic objectives, against the
 * dense eigen-decomposition path: the same step when the Krylov dimension is p (a tanh net, indefinite
 * Hessian); a close step with a small dimension when the spectrum sits in two tight clusters with a gap
 * (Σ a_i log cosh(u_iᵀθ) in a rotated basis); and, through the training loop, the interrupt, a trial
 * point with a non-finite loss, and a non-finite H·v.
 */
class KrylovNewtonTest {

    private static SupervisedObjective tanhNet(int n) {
        SplittableRandom random = new SplittableRandom(4);
        double[][] x = new double[n][3];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < 3; j++) {
                x[i][j] = random.nextGaussian();
            }
            y[i] = Math.sin(2 * x[i][0]) * x[i][1];
        }
        return new SupervisedObjective(ShallowNet.of(3, 4, 1, Activation.tanh()), Loss.squared(), Dataset.of(x, y));
    }

    private static double[] gradient(HessianObjective f, double[] theta) {
        double[] g = new double[theta.length];
        int[] all = new int[f.exampleCount()];
        java.util.Arrays.setAll(all, i -> i);
        f.lossAndGradient(theta, all, 0, all.length, g);
        return g;
    }

    private static double relativeDifference(double[] a, double[] b) {
        double diff = 0;
        double size = 0;
        for (int i = 0; i < a.length; i++) {
            diff += (a[i] - b[i]) * (a[i] - b[i]);
            size += b[i] * b[i];
        }
        return Math.sqrt(diff / size);
    }

    private static double[] step(NewtonUpdate update, HessianObjective f, double[] theta, boolean krylov, boolean saddleFree) {
        double[] g = gradient(f, theta);
        NewtonUpdate.Model m = update.model(f.hessianAt(theta), g, krylov, Double.NaN);
        return m.step(m.coordinates(saddleFree, 0), g.length);
    }

    @Test
    void krylovDimensionPGivesTheDenseStepOnATanhNet() {
        SupervisedObjective f = tanhNet(30);
        int p = f.parameterCount();
        double[] theta = f.model().initialParameters(2);
        for (boolean saddleFree : new boolean[] {true, false}) {
            NewtonUpdate update = new NewtonUpdate(f, saddleFree, 1e-10, 1, 1, p);
            double[] dense = step(update, f, theta, false, saddleFree);
            double[] krylov = step(update, f, theta, true, saddleFree);
            double difference = relativeDifference(krylov, dense);
            assertTrue(difference < 1e-6, (saddleFree ? "SFN" : "Newton") + ": Krylov(p = " + p + ") vs dense " + difference);
        }
        double[] eigen = org.theorykit.linalg.SymmetricEigen.of(f.hessian(theta), "h").values();
        assertTrue(eigen[0] < 0 && eigen[eigen.length - 1] > 0, "the test point is indefinite: " + eigen[0]);
    }

    /** Σ a_i log cosh(z_i), z = Uᵀθ − z⁰ with U a random rotation; Hessian U diag(a_i sech² z_i) Uᵀ. */
    static final class Clustered implements HessianObjective {
        final double[][] u;
        final double[] a;
        final double[] shift;

        Clustered(double[] a, double[] shift, long seed) {
            this.a = a;
            this.shift = shift;
            this.u = Samplers.frame(a.length, a.length, seed);
        }


        double[] z(double[] theta) {
            double[] z = new double[a.length];
            for (int k = 0; k < a.length; k++) {
                for (int i = 0; i < a.length; i++) {
                    z[k] += u[k][i] * theta[i];
                }
                z[k] -= shift[k];
            }
            return z;
        }

        public int parameterCount() {
            return a.length;
        }

        public int exampleCount() {
            return 1;
        }

        public double loss(double[] theta) {
            double[] z = z(theta);
            double sum = 0;
            for (int k = 0; k < a.length; k++) {
                sum += a[k] * Math.log(Math.cosh(z[k]));
            }
            return sum;
        }

        public double lossAndGradient(double[] theta, int[] batch, int from, int to, double[] g) {
            double[] z = z(theta);
            java.util.Arrays.fill(g, 0);
            for (int k = 0; k < a.length; k++) {
                for (int i = 0; i < a.length; i++) {
                    g[i] += a[k] * Math.tanh(z[k]) * u[k][i];
                }
            }
            return loss(theta);
        }

        public HessianVectorProduct hessianAt(double[] theta) {
            double[] z = z(theta);
            return new HessianVectorProduct() {
                public int dimension() {
                    return a.length;
                }

                public void apply(double[] v, double[] out) {
                    java.util.Arrays.fill(out, 0);
                    for (int k = 0; k < a.length; k++) {
                        double c = 0;
                        for (int i = 0; i < a.length; i++) {
                            c += u[k][i] * v[i];
                        }
                        double curvature = a[k] / Math.pow(Math.cosh(z[k]), 2);
                        for (int i = 0; i < a.length; i++) {
                            out[i] += curvature * c * u[k][i];
                        }
                    }
                }
            };
        }
    }

    /**
     * At θ = 0 the Hessian's eigenvalues are a_i sech²(z⁰_i): chosen as two clusters, −2(1 ± 10⁻³) and
     * 5(1 ± 10⁻³), 20 each. The SFN step applies 1/|λ| to ∇L; a degree-(m−1) polynomial (what K_m holds)
     * matches 1/|λ| on two clusters of relative width 10⁻³ to about (width/gap)^⌊m/2⌋, so m = 4 must be
     * close (threshold 10⁻⁴) while m = 1 (a multiple of ∇L: one value for both clusters) cannot be
     * (error above 0.1).
     */
    @Test
    void aSmallKrylovSpaceGivesACloseStepWhenTheSpectrumHasTwoTightClusters() {
        int p = 40;
        SplittableRandom random = new SplittableRandom(9);
        double[] a = new double[p];
        double[] shift = new double[p];
        for (int i = 0; i < p; i++) {
            shift[i] = 0.3 + random.nextDouble();
            double target = (i < p / 2 ? -2 : 5) * (1 + 1e-3 * (2 * random.nextDouble() - 1));
            a[i] = target * Math.pow(Math.cosh(shift[i]), 2);
        }
        Clustered f = new Clustered(a, shift, 11);
        double[] theta = new double[p];
        NewtonUpdate update4 = new NewtonUpdate(f, true, 1e-10, 1, 1, 4);
        NewtonUpdate update1 = new NewtonUpdate(f, true, 1e-10, 1, 1, 1);
        double[] dense = step(update4, f, theta, false, true);
        double close = relativeDifference(step(update4, f, theta, true, true), dense);
        double far = relativeDifference(step(update1, f, theta, true, true), dense);
        assertTrue(close < 1e-4, "K_4 vs dense: " + close);
        assertTrue(far > 0.1, "K_1 vs dense: " + far);
    }

    /** A net whose H·v sets the interrupt flag after {@code limit} products, or returns NaN. */
    private static class Faulty implements HessianObjective {
        final SupervisedObjective f;
        final int limit;
        final boolean nan;
        int products;

        Faulty(SupervisedObjective f, int limit, boolean nan) {
            this.f = f;
            this.limit = limit;
            this.nan = nan;
        }

        public int parameterCount() {
            return f.parameterCount();
        }

        public int exampleCount() {
            return f.exampleCount();
        }

        public double loss(double[] theta) {
            return f.loss(theta);
        }

        public double lossAndGradient(double[] theta, int[] batch, int from, int to, double[] g) {
            return f.lossAndGradient(theta, batch, from, to, g);
        }

        public HessianVectorProduct hessianAt(double[] theta) {
            HessianVectorProduct h = f.hessianAt(theta);
            return new HessianVectorProduct() {
                public int dimension() {
                    return h.dimension();
                }

                public void apply(double[] v, double[] out) {
                    h.apply(v, out);
                    if (++products >= limit) {
                        if (nan) {
                            java.util.Arrays.fill(out, Double.NaN);
                        } else {
                            Thread.currentThread().interrupt();
                        }
                    }
                }
            };
        }
    }

    @Test
    void theKrylovPathAnswersTheInterruptBetweenSteps() {
        SupervisedObjective net = tanhNet(30);
        Faulty f = new Faulty(net, 32, false);   // inside a Lanczos process some steps in
        double[] theta0 = net.model().initialParameters(2);
        long[] flagSeenAfter = {-1};
        try {
            TrainingResult r = Optimizers.saddleFreeNewton(1).krylovDimension(5).onEpoch(state -> {
                if (flagSeenAfter[0] < 0 && Thread.currentThread().isInterrupted()) {
                    flagSeenAfter[0] = state.step();
                }
            }).train(f, theta0, StopRules.maxSteps(1000));
            assertEquals(Status.INTERRUPTED, r.status(), r.message());
            assertTrue(flagSeenAfter[0] > 1 && r.steps() == flagSeenAfter[0],
                    "the step in progress completes, the next one does not start: flag after step " + flagSeenAfter[0]
                    + ", stopped after " + r.steps());
            assertTrue(net.loss(r.theta()) <= net.loss(theta0), "trust-region steps never raise L");
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void aNonFiniteHessianProductOnTheKrylovPathIsNamed() {
        SupervisedObjective net = tanhNet(30);
        Faulty f = new Faulty(net, 3, true);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Optimizers.saddleFreeNewton(1)
                .krylovDimension(5).train(f, net.model().initialParameters(2), StopRules.maxSteps(10)));
        assertTrue(e.getMessage().startsWith("hessian must be finite"), e.getMessage());
    }

    @Test
    void onTheKrylovPathTrialPointsWithNonFiniteLossAreRejectedAndTheRunGoesOn() {
        SupervisedObjective net = tanhNet(30);
        double[] theta0 = net.model().initialParameters(2);
        double wall = 0.999 * net.loss(theta0);
        HessianObjective walled = new Faulty(net, Integer.MAX_VALUE, false) {
            @Override
            public double loss(double[] theta) {
                double l = net.loss(theta);
                return l < wall ? Double.NaN : l;   // any real progress lands on NaN
            }
        };
        TrainingResult r = Optimizers.saddleFreeNewton(1).krylovDimension(5).train(walled, theta0, StopRules.maxSteps(20));
        assertEquals(Status.MAX_STEPS, r.status(), r.message());
        assertTrue(net.loss(r.theta()) >= wall && net.loss(r.theta()) < net.loss(theta0),
                "steps onto the NaN region are rejected, smaller ones taken: " + net.loss(r.theta()));
    }
}
