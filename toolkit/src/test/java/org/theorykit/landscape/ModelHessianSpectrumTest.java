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

/** The spectral tools on a real network's Hessian (exact H·v from nn), against Smile's dense eigensolver. */
class ModelHessianSpectrumTest {

    private static SupervisedObjective smallNet() {
        SplittableRandom random = new SplittableRandom(9);
        double[][] x = new double[30][4];
        double[] y = new double[30];
        for (int i = 0; i < x.length; i++) {
            for (int j = 0; j < 4; j++) {
                x[i][j] = random.nextGaussian();
            }
            y[i] = Math.sin(x[i][0] - x[i][2]);
        }
        return new SupervisedObjective(ShallowNet.of(4, 12, 1, Activation.tanh()), Loss.squared(), Dataset.of(x, y));
    }

    @Test
    void lanczosOnExactHessianVectorProductsMatchesTheDenseSpectrum() {
        SupervisedObjective objective = smallNet();
        double[] theta = objective.model().initialParameters(4);
        double[] reference = new DenseHessian(objective.hessian(theta)).referenceEigenvalues();
        Eigenpairs top = LanczosEigensolver.top(objective.hessianAt(theta), 4, 17);
        double scale = Math.max(Math.abs(reference[0]), Math.abs(reference[reference.length - 1]));
        for (int i = 0; i < 4; i++) {
            assertEquals(reference[reference.length - 1 - i], top.values()[i], 1e-8 * scale, "eigenvalue " + i);
        }
        assertEquals(reference[reference.length - 1], PowerIteration.sharpness(objective.hessianAt(theta), 3).value(),
                1e-6 * scale);
    }

    @Test
    void hutchinsonTraceOfTheNetworkHessianIsWithinFourStandardErrors() {
        SupervisedObjective objective = smallNet();
        double[] theta = objective.model().initialParameters(4);
        double trace = 0;
        for (double lambda : new DenseHessian(objective.hessian(theta)).referenceEigenvalues()) {
            trace += lambda;
        }
        HutchinsonTrace.Estimate estimate = HutchinsonTrace.estimate(objective.hessianAt(theta), 400, 11);
        assertTrue(Math.abs(estimate.trace() - trace) <= 4 * estimate.standardError(),
                "Hutchinson " + estimate + " vs exact trace " + trace);
    }
}
