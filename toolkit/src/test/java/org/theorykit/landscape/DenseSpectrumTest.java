package org.theorykit.landscape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.theorykit.nn.Activation;
import org.theorykit.nn.Dataset;
import org.theorykit.nn.Loss;
import org.theorykit.nn.ShallowNet;
import org.theorykit.nn.SupervisedObjective;
import org.theorykit.optim.Optimizers;
import org.theorykit.optim.StopRules;
import org.theorykit.optim.TrainingResult;

class DenseSpectrumTest {

    private static SupervisedObjective smallProblem(int n, int hidden) {
        SplittableRandom random = new SplittableRandom(4);
        double[][] x = new double[n][3];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < 3; j++) {
                x[i][j] = random.nextGaussian();
            }
            y[i] = Math.sin(x[i][0]) + random.nextGaussian() * 0.3;
        }
        return new SupervisedObjective(ShallowNet.of(3, hidden, 1, Activation.tanh()), Loss.squared(), Dataset.of(x, y));
    }

    @Test
    void jacobianMatchesFiniteDifferences() {
        SupervisedObjective objective = smallProblem(5, 4);
        double[] theta = objective.model().initialParameters(1);
        double[][] j = DenseSpectrum.jacobian(objective, theta);
        double h = 1e-6;
        for (int k = 0; k < theta.length; k++) {
            double[] plus = theta.clone();
            double[] minus = theta.clone();
            plus[k] += h;
            minus[k] -= h;
            double[] fp = objective.outputs(plus);
            double[] fm = objective.outputs(minus);
            for (int i = 0; i < 5; i++) {
                assertEquals((fp[i] - fm[i]) / (2 * h), j[i][k], 1e-7, "row " + i + ", column " + k);
            }
        }
    }

    /** At an interpolating minimum of the square loss, H = JᵀJ/n has at least p − n zero eigenvalues. */
    @Test
    void interpolatingMinimumIsDegenerate() {
        int n = 12;
        SupervisedObjective objective = smallProblem(n, 20);   // p = 3·20 + 20 + 20 = 100
        int p = objective.parameterCount();
        TrainingResult result = Optimizers.gd(0.2).train(objective, objective.model().initialParameters(2),
                StopRules.targetLoss(1e-14).or(StopRules.maxEpochs(200_000)));
        assertTrue(objective.loss(result.theta()) < 1e-12, result.toString());
        double[] spectrum = DenseSpectrum.hessianEigenvalues(objective, result.theta());
        assertEquals(p, spectrum.length);
        int zeros = DenseSpectrum.countNearZero(spectrum, 1e-6);
        assertTrue(zeros >= p - n, zeros + " near-zero eigenvalues, p − n = " + (p - n));
        double[] gram = DenseSpectrum.gramEigenvalues(DenseSpectrum.jacobian(objective, result.theta()));
        assertTrue(gram[0] > 1e-6 * gram[n - 1], "J has full row rank n");
        // the n non-zero eigenvalues of H are those of J Jᵀ / n
        for (int k = 0; k < n; k++) {
            assertEquals(gram[n - 1 - k] / n, spectrum[p - 1 - k], 1e-5 * spectrum[p - 1]);
        }
    }

    @Test
    void gaussNewtonGapComparesTheTopNEigenvaluesWithTheGramOnesOverN() {
        double[] hessian = {0, 1e-12, 1.0, 2.0, 4.0};      // p = 5, top n = 3: 1, 2, 4
        double[] gram = {3.0, 6.0, 12.3};                  // JJᵀ, n = 3: /n gives 1, 2, 4.1
        assertEquals(0.1 / 4.0, DenseSpectrum.gaussNewtonGap(hessian, gram, 3), 1e-12);
        assertEquals(0.0, DenseSpectrum.gaussNewtonGap(hessian, new double[] {3.0, 6.0, 12.0}, 3), 1e-15);
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> DenseSpectrum.gaussNewtonGap(hessian, gram, 4));
        org.junit.jupiter.api.Assertions.assertTrue(e.getMessage().startsWith("n = 4"), e.getMessage());
    }
}
