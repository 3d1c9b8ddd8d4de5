package org.theorykit.landscape;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.theorykit.nn.Activation;
import org.theorykit.nn.Dataset;
import org.theorykit.nn.DeepMlp;
import org.theorykit.nn.Loss;
import org.theorykit.nn.ShallowNet;
import org.theorykit.nn.SupervisedObjective;

class RescalingAndMarginsTest {

    private static Dataset gaussianData(int n, int d, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[][] x = new double[n][d];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                x[i][j] = random.nextGaussian();
            }
            y[i] = x[i][0] + 0.5 * x[i][1] > 0 ? 1 : -1;
        }
        return Dataset.of(x, y);
    }

    /** Dinh et al.: same outputs and loss, sharpness changed by orders of magnitude. */
    @Test
    void reluRescalingKeepsTheFunctionAndChangesTheSharpness() {
        DeepMlp model = DeepMlp.of(new int[] {4, 8, 8, 1}, Activation.relu());
        Dataset data = gaussianData(40, 4, 5);
        SupervisedObjective objective = new SupervisedObjective(model, Loss.logistic(), data);
        double[] theta = model.initialParameters(2);
        double sharpness = LanczosEigensolver.top(objective.hessianAt(theta), 1, 1).values()[0];
        for (double alpha : new double[] {0.1, 10}) {
            double[] scaled = Rescaling.reluLayers(model, theta, 1, alpha);
            assertArrayEquals(objective.outputs(theta), objective.outputs(scaled), 1e-12);
            assertEquals(objective.loss(theta), objective.loss(scaled), 1e-12);
            double scaledSharpness = LanczosEigensolver.top(objective.hessianAt(scaled), 1, 1).values()[0];
            assertTrue(scaledSharpness > 5 * sharpness, "alpha " + alpha + ": " + scaledSharpness + " vs " + sharpness);
        }
        ShallowNet shallow = ShallowNet.of(4, 6, 1, Activation.relu());
        double[] t = shallow.initialParameters(3);
        SupervisedObjective o = new SupervisedObjective(shallow, Loss.logistic(), data);
        assertArrayEquals(o.outputs(t), o.outputs(Rescaling.reluLayers(shallow, t, 1, 7)), 1e-12);
        assertThrows(IllegalArgumentException.class, () -> Rescaling.reluLayers(model, theta, 3, 2));
        assertThrows(IllegalArgumentException.class, () -> Rescaling.reluLayers(model, theta, 1, 0));
    }

    @Test
    void binaryMarginsAreYTimesF() {
        DeepMlp linear = DeepMlp.of(new int[] {2, 1}, null);   // f = w·x + b
        double[] theta = {2, -1, 0.5};                         // w = (2, −1), b = 0.5
        Dataset data = Dataset.of(new double[][] {{1, 0}, {0, 1}, {-1, -1}}, new double[] {1, 1, -1});
        Margins m = Margins.of(linear, theta, data);
        assertArrayEquals(new double[] {2.5, -0.5, 0.5}, m.values(), 1e-15);
        assertEquals(-0.5, m.min(), 1e-15);
        assertEquals(2.5 / 3, m.mean(), 1e-15);
        assertEquals(2 / 3.0, m.accuracy(), 1e-15);
        assertThrows(IllegalArgumentException.class, () -> Margins.of(linear, theta,
                Dataset.of(new double[][] {{1, 0}}, new double[] {0.5})));
    }

    @Test
    void multiclassMarginIsTheGapToTheBestOtherClass() {
        DeepMlp linear = DeepMlp.of(new int[] {2, 3}, null);
        // f = W x + b with W rows (1,0), (0,1), (−1,−1) and b = 0
        double[] theta = {1, 0, 0, 1, -1, -1, 0, 0, 0};
        double[][] x = {{2, 1}, {0, -3}};   // f = (2, 1, −3) and (0, −3, 3)
        Margins byIndex = Margins.of(linear, theta, Dataset.of(x, new double[] {0, 1}));
        assertArrayEquals(new double[] {1, -6}, byIndex.values(), 1e-15);
        Margins byOneHot = Margins.of(linear, theta, Dataset.of(x, new double[][] {{1, 0, 0}, {0, 1, 0}}));
        assertArrayEquals(byIndex.values(), byOneHot.values(), 1e-15);
        assertEquals(0.5, byOneHot.accuracy(), 1e-15);
    }
}
