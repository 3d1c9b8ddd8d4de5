package org.theorykit.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.theorykit.objective.HessianVectorProduct;

/** The dense Hessian, per-example outputs, and the exceptions bad input gets. */
class HessianAndInputTest {

    private static SupervisedObjective smallObjective(Model model, Loss loss) {
        Random random = new Random(3);
        double[][] x = new double[7][model.inputDimension()];
        double[] y = new double[7];
        for (int i = 0; i < x.length; i++) {
            for (int j = 0; j < x[i].length; j++) {
                x[i][j] = random.nextGaussian();
            }
            y[i] = i % 2 == 0 ? 1 : -1;
        }
        return new SupervisedObjective(model, loss, Dataset.of(x, y));
    }

    @Test
    void denseHessianIsSymmetricAndActsLikeHessianVectorProduct() {
        SupervisedObjective objective = smallObjective(DeepMlp.of(new int[] {3, 4, 3, 1}, Activation.tanh()),
                Loss.logistic());
        double[] theta = objective.model().initialParameters(9);
        double[][] h = objective.hessian(theta);
        int p = theta.length;
        double scale = 0;
        for (double[] row : h) {
            for (double value : row) {
                scale = Math.max(scale, Math.abs(value));
            }
        }
        assertTrue(scale > 0);
        for (int i = 0; i < p; i++) {
            for (int j = 0; j < i; j++) {
                assertEquals(h[i][j], h[j][i], 1e-12 * scale, "H[" + i + "][" + j + "]");
            }
        }
        double[] v = new Random(1).doubles(p).toArray();
        double[] hv = new double[p];
        objective.hessianAt(theta).apply(v, hv);
        for (int i = 0; i < p; i++) {
            double row = 0;
            for (int j = 0; j < p; j++) {
                row += h[i][j] * v[j];
            }
            assertEquals(row, hv[i], 1e-12 * scale * p, "(Hv)[" + i + "]");
        }
    }

    @Test
    void squaredLossHessianOfLinearModelIsGramMatrix() {
        Dataset data = new Dataset(new double[] {1, 2, -1, 0.5}, new double[] {0, 1}, 2, 2, 1);
        SupervisedObjective objective = new SupervisedObjective(LinearModel.of(2, 1), Loss.squared(), data);
        double[][] h = objective.hessian(new double[3]);
        // θ = (w1, w2, b): H = mean of (x,1)(x,1)ᵀ
        double[][] expected = {{1, 0.75, 0}, {0.75, 2.125, 1.25}, {0, 1.25, 1}};
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                assertEquals(expected[i][j], h[i][j], 1e-15);
            }
        }
    }

    @Test
    void outputsArePerExample() {
        SupervisedObjective objective = smallObjective(ShallowNet.of(2, 5, 1, Activation.relu()), Loss.squared());
        double[] theta = objective.model().initialParameters(1);
        double[] outputs = objective.outputs(theta);
        assertEquals(7, outputs.length);
        double[] x3 = {objective.data().x()[6], objective.data().x()[7]};
        assertEquals(objective.model().output(theta, x3)[0], outputs[3], 0.0);
    }

    private static void assertRejects(String expectedInMessage, Runnable call) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call::run);
        assertTrue(e.getMessage().contains(expectedInMessage), e.getMessage());
        assertTrue(e.getMessage().contains("accepted") || e.getMessage().contains("must be"), e.getMessage());
    }

    @Test
    void badInputNamesTheArgument() {
        assertRejects("hiddenUnits must be >= 1, got 0", () -> ShallowNet.of(3, 0, 1, Activation.relu()));
        assertRejects("inputDimension must be >= 1, got -1", () -> ShallowNet.of(-1, 3, 1, Activation.relu()));
        assertRejects("widths[2] must be >= 1, got 0", () -> DeepMlp.of(new int[] {3, 4, 0, 1}, Activation.relu()));
        assertRejects("unitsPerNode must be >= 1, got 0", () -> TreeNet.binary(2, 0, Activation.relu()));
        assertRejects("arity = 1", () -> TreeNet.of(1, 2, 3, Activation.relu(), false));
        assertRejects("x has no rows", () -> Dataset.of(new double[0][], new double[0]));
        assertRejects("x[3] must be finite, got NaN", () -> new Dataset(new double[] {1, 2, 3, Double.NaN}, new double[2], 2, 2, 1));
        assertRejects("y[1] must be finite, got Infinity",
                () -> new Dataset(new double[4], new double[] {0, Double.POSITIVE_INFINITY}, 2, 2, 1));
        assertRejects("x[1].length = 1", () -> Dataset.of(new double[][] {{1, 2}, {3}}, new double[2]));

        Model model = ShallowNet.of(2, 3, 1, Activation.relu());
        Dataset data = new Dataset(new double[] {1, 2, 3, 4}, new double[] {1, -1}, 2, 2, 1);
        assertRejects("data.inputDimension() = 2",
                () -> new SupervisedObjective(ShallowNet.of(3, 3, 1, Activation.relu()), Loss.squared(), data));
        assertRejects("data.y()[0] = 0.5", () -> new SupervisedObjective(model, Loss.logistic(),
                new Dataset(new double[] {1, 2, 3, 4}, new double[] {0.5, 1}, 2, 2, 1)));
        assertRejects("model outputs = 1", () -> new SupervisedObjective(model, Loss.softmaxCrossEntropy(), data));

        SupervisedObjective objective = new SupervisedObjective(model, Loss.squared(), data);
        double[] theta = model.initialParameters(1);
        double[] gradient = new double[theta.length];
        assertRejects("theta.length must be 12, got 3", () -> objective.loss(new double[3]));
        double[] nan = theta.clone();
        nan[4] = Double.NaN;
        assertRejects("theta[4] must be finite, got NaN", () -> objective.loss(nan));
        assertRejects("gradient.length must be 12, got 2", () -> objective.lossAndGradient(theta, new int[] {0}, 0, 1, new double[2]));
        assertRejects("batch[1] = 2", () -> objective.lossAndGradient(theta, new int[] {0, 2}, 0, 2, gradient));
        assertRejects("batch range must be a non-empty [from, to) inside [0, 2), got [1, 1)", () -> objective.lossAndGradient(theta, new int[] {0, 1}, 1, 1, gradient));
        HessianVectorProduct h = objective.hessianAt(theta);
        double[] v = new double[theta.length];
        v[0] = Double.POSITIVE_INFINITY;
        assertRejects("v[0] must be finite, got Infinity", () -> h.apply(v, new double[theta.length]));
        assertRejects("x.length must be 2, got 3", () -> model.output(theta, new double[3]));
        assertRejects("output must be in [0, 1), got 1", () -> model.inputGradient(theta, new double[2], 1, new double[2]));
        assertRejects("coefficients", () -> Activation.polynomial());
    }
}
