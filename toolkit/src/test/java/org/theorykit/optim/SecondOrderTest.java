package org.theorykit.optim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.theorykit.data.Samplers;
import org.theorykit.objective.HessianObjective;
import org.theorykit.objective.HessianVectorProduct;

/**
 * Newton and saddle-free Newton against known answers: one step to the minimum of a convex quadratic;
 * on the strict saddle ½x² − ½εy² + ¼y⁴ Newton converges to the saddle, saddle-free Newton reaches a
 * minimum in about log₂(√ε/y₀) steps while GD is still on the plateau; the Krylov path equals the exact
 * −|H|⁻¹g when the Krylov space is invariant; bad input and the interrupt.
 */
class SecondOrderTest {

    /** ½(θ − c)ᵀA(θ − c) with a dense symmetric A = Q diag(λ) Qᵀ (λ may be negative). */
    static final class Quadratic implements HessianObjective {
        final double[][] a;
        final double[] c;

        Quadratic(double[] lambda, double[] c, long seed) {
            int p = lambda.length;
            this.c = c;
            double[][] q = Samplers.frame(p, p, seed);
            a = new double[p][p];
            for (int k = 0; k < p; k++) {
                for (int i = 0; i < p; i++) {
                    for (int j = 0; j < p; j++) {
                        a[i][j] += lambda[k] * q[k][i] * q[k][j];
                    }
                }
            }
        }

        public int parameterCount() {
            return c.length;
        }

        public int exampleCount() {
            return 1;
        }

        public double loss(double[] theta) {
            double[] g = new double[c.length];
            return lossAndGradient(theta, null, 0, 1, g);
        }

        public double lossAndGradient(double[] theta, int[] batch, int from, int to, double[] gradient) {
            double value = 0;
            for (int i = 0; i < c.length; i++) {
                gradient[i] = 0;
                for (int j = 0; j < c.length; j++) {
                    gradient[i] += a[i][j] * (theta[j] - c[j]);
                }
                value += 0.5 * (theta[i] - c[i]) * gradient[i];
            }
            return value;
        }

        public HessianVectorProduct hessianAt(double[] theta) {
            return new HessianVectorProduct() {
                public int dimension() {
                    return c.length;
                }

                public void apply(double[] v, double[] out) {
                    for (int i = 0; i < c.length; i++) {
                        out[i] = 0;
                        for (int j = 0; j < c.length; j++) {
                            out[i] += a[i][j] * v[j];
                        }
                    }
                }
            };
        }
    }

    @Test
    void newtonSolvesAConvexQuadraticInOneStep() {
        double[] c = {1, -2, 0.5, 3, -1};
        Quadratic q = new Quadratic(new double[] {0.1, 0.5, 1, 4, 20}, c, 3);
        for (Optimizer o : new Optimizer[] {Optimizers.newton(1).damping(1e-9).trustRadius(1e9).maxTrustRadius(1e9),
                Optimizers.saddleFreeNewton(1).damping(1e-9).trustRadius(1e9).maxTrustRadius(1e9)}) {
            TrainingResult r = o.train(q, new double[5], StopRules.maxSteps(1));
            for (int i = 0; i < c.length; i++) {
                assertEquals(c[i], r.theta()[i], 1e-9, o.toString());
            }
        }
    }

    @Test
    void saddleFreeNewtonIsTheAbsoluteValueStepOnAnIndefiniteQuadratic() {
        double[] lambda = {-3, -3, 2, 2, 2, 5, 5, 5, 5, 5};
        double[] c = new double[10];
        Quadratic q = new Quadratic(lambda, c, 7);
        double[] theta = new double[10];
        SplittableRandom random = new SplittableRandom(1);
        for (int i = 0; i < theta.length; i++) {
            theta[i] = random.nextGaussian();
        }
        double[] g = new double[10];
        q.lossAndGradient(theta, null, 0, 1, g);
        // exact: |A| = A with negative eigenvalues flipped; |A|⁻¹g computed from the construction
        Quadratic absolute = new Quadratic(new double[] {3, 3, 2, 2, 2, 5, 5, 5, 5, 5}, c, 7);
        double[] dense = new NewtonUpdate(q, true, 1e-12, 1e9, 1e9, 10).step(q.hessianAt(theta), g);
        double[] krylov = new NewtonUpdate(q, true, 1e-12, 1e9, 1e9, 4).step(q.hessianAt(theta), g);
        double[] check = new double[10];
        absolute.hessianAt(theta).apply(dense, check);
        for (int i = 0; i < 10; i++) {
            assertEquals(-g[i], check[i], 1e-10, "|A|·Δ = −g (dense)");
            assertEquals(dense[i], krylov[i], 1e-9, "3 distinct eigenvalues: K_3(A, g) is invariant");
        }
    }

    @Test
    void newtonConvergesToTheSaddleSaddleFreeNewtonEscapesGdLingers() {
        StrictSaddle f = new StrictSaddle(0.1);
        double[] start = {1.0, 1e-6};
        StopRule rule = StopRules.maxSteps(30);
        TrainingResult newton = Optimizers.newton(1).train(f, start, rule);
        TrainingResult sfn = Optimizers.saddleFreeNewton(1).train(f, start, rule);
        TrainingResult gd = Optimizers.gd(0.5).train(f, start, rule);
        assertTrue(Math.abs(newton.theta()[0]) < 1e-9 && Math.abs(newton.theta()[1]) < 1e-9, "Newton at the saddle");
        assertEquals(f.minimum(), f.loss(sfn.theta()), 1e-9, "SFN at a minimum");
        assertTrue(Math.abs(gd.theta()[1]) < 1e-4 && f.loss(gd.theta()) > 0.5 * f.minimum(),
                "GD after 30 steps still on the plateau: y = " + gd.theta()[1]);
        long sfnSteps = stepsToReach(sfn, 0.99 * f.minimum());
        assertTrue(sfnSteps <= 25, "SFN reaches 99 % of the minimum in " + sfnSteps + " steps (log2(√ε/y0) ≈ 18)");
    }

    private static long stepsToReach(TrainingResult r, double level) {
        var loss = r.history().doubleColumn("loss");
        for (int i = 0; i < loss.size(); i++) {
            if (loss.getDouble(i) <= level) {
                return r.history().longColumn("step").get(i);
            }
        }
        return Long.MAX_VALUE;
    }

    @Test
    void badInputIsNamed() {
        DiagonalQuadratic plain = new DiagonalQuadratic(new double[] {1, 2}, new double[2]);
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Optimizers.newton(1).train(plain,
                new double[2], StopRules.maxSteps(1))).getMessage().startsWith("objective"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Optimizers.gd(1).damping(1))
                .getMessage().startsWith("damping"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Optimizers.saddleFreeNewton(1).damping(0))
                .getMessage().startsWith("damping"));
        Quadratic q = new Quadratic(new double[] {1, 2, 3}, new double[3], 1);
        q.a[0][1] += 0.5;
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Optimizers.saddleFreeNewton(1).train(q,
                new double[] {1, 1, 1}, StopRules.maxSteps(1))).getMessage().startsWith("hessian must be symmetric"));
        HessianVectorProduct nan = new HessianVectorProduct() {
            public int dimension() {
                return 3;
            }

            public void apply(double[] v, double[] out) {
                java.util.Arrays.fill(out, Double.NaN);
            }
        };
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new NewtonUpdate(q, false, 1e-3, 1, 1, 10)
                .step(nan, new double[] {1, 1, 1})).getMessage().startsWith("hessian must be finite"));
    }

    @Test
    void aSetInterruptFlagStopsBeforeTheFirstStep() {
        Thread.currentThread().interrupt();
        try {
            TrainingResult r = Optimizers.saddleFreeNewton(1).train(new StrictSaddle(0.1), new double[] {1, 1e-3},
                    StopRules.maxSteps(100));
            assertEquals(Status.INTERRUPTED, r.status());
            assertEquals(0, r.steps());
        } finally {
            Thread.interrupted();
        }
    }
}
