package org.theorykit.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** (λ/2)‖θ‖²: the loss, gradient and H·v of withWeightDecay against the plain objective and finite differences. */
class WeightDecayTest {

    @Test
    void weightDecayAddsHalfLambdaNormSquaredWithExactDerivatives() {
        SplittableRandom random = new SplittableRandom(3);
        double[][] x = new double[12][2];
        double[] y = new double[12];
        for (int i = 0; i < 12; i++) {
            x[i][0] = random.nextGaussian();
            x[i][1] = random.nextGaussian();
            y[i] = Math.sin(x[i][0]);
        }
        SupervisedObjective plain = new SupervisedObjective(ShallowNet.of(2, 3, 1, Activation.tanh()), Loss.squared(), Dataset.of(x, y));
        double lambda = 0.37;
        SupervisedObjective decayed = plain.withWeightDecay(lambda);
        double[] theta = plain.model().initialParameters(1);
        int p = theta.length;
        double norm2 = 0;
        for (double t : theta) {
            norm2 += t * t;
        }
        assertEquals(plain.loss(theta) + 0.5 * lambda * norm2, decayed.loss(theta), 1e-12);
        double[] g = new double[p];
        double[] g0 = new double[p];
        assertEquals(decayed.loss(theta), decayed.lossAndGradient(theta, g), 1e-12);
        plain.lossAndGradient(theta, g0);
        double[] v = new double[p];
        double[] hv = new double[p];
        double[] hv0 = new double[p];
        for (int i = 0; i < p; i++) {
            v[i] = random.nextGaussian();
        }
        decayed.hessianAt(theta).apply(v, hv);
        plain.hessianAt(theta).apply(v, hv0);
        double h = 1e-5;
        for (int i = 0; i < p; i++) {
            assertEquals(g0[i] + lambda * theta[i], g[i], 1e-12);
            assertEquals(hv0[i] + lambda * v[i], hv[i], 1e-12);
            double[] up = theta.clone();
            double[] down = theta.clone();
            up[i] += h;
            down[i] -= h;
            assertEquals((decayed.loss(up) - decayed.loss(down)) / (2 * h), g[i], 1e-7, "dL/dθ_" + i);
        }
        double[] up = theta.clone();
        double[] down = theta.clone();
        for (int i = 0; i < p; i++) {
            up[i] += h * v[i];
            down[i] -= h * v[i];
        }
        double[] gu = new double[p];
        double[] gd = new double[p];
        decayed.lossAndGradient(up, gu);
        decayed.lossAndGradient(down, gd);
        for (int i = 0; i < p; i++) {
            assertEquals((gu[i] - gd[i]) / (2 * h), hv[i], 1e-6, "(H v)_" + i);
        }
        assertEquals(lambda, decayed.weightDecay());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> plain.withWeightDecay(-1)).getMessage().startsWith("lambda"));
    }
}
