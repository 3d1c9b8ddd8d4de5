package org.theorykit.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.theorykit.BadInput.assertMessage;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import smile.math.matrix.Matrix;
import smile.math.MathEx;

class KernelTest {

    @Test
    void gaussianAndLaplaceMatchTheirClosedForms() {
        double[] origin = {0, 0};
        double[] point = {3, 4};   // distance 5
        assertEquals(Math.exp(-25.0 / 50), new GaussianKernel(5).value(origin, point), 1e-15);
        assertEquals(Math.exp(-1), new LaplaceKernel(5).value(origin, point), 1e-15);
        assertEquals(1, new GaussianKernel(0.1).value(point, point), 0);
    }

    @Test
    void arcCosineMatchesItsClosedFormAtKnownAngles() {
        ArcCosineKernel k = new ArcCosineKernel();
        double[] x = {3, 0};
        assertEquals(9 / 2.0, k.value(x, x), 1e-12);                                  // θ = 0: ‖x‖²/2
        assertEquals(3 * 2 / (2 * Math.PI), k.value(x, new double[] {0, 2}), 1e-12);  // θ = π/2: ‖x‖‖z‖/(2π)
        assertEquals(0, k.value(x, new double[] {-1, 0}), 1e-12);                     // θ = π
        assertEquals(0, k.value(x, new double[] {0, 0}), 0);
    }

    /**
     * k(x, z) = E_w[relu(w·x) relu(w·z)], w ~ N(0, I): a Monte-Carlo average over 400,000 draws
     * must agree within 4 of its own standard errors (a false alarm has probability < 1e-4).
     */
    @Test
    void arcCosineEqualsTheExpectationOverGaussianReluNeurons() {
        SplittableRandom random = new SplittableRandom(11);
        double[] x = gaussianVector(6, random);
        double[] z = gaussianVector(6, random);
        int draws = 400_000;
        double sum = 0;
        double sumSquares = 0;
        for (int s = 0; s < draws; s++) {
            double[] w = gaussianVector(6, random);
            double product = Math.max(0, MathEx.dot(w, x)) * Math.max(0, MathEx.dot(w, z));
            sum += product;
            sumSquares += product * product;
        }
        double mean = sum / draws;
        double standardError = Math.sqrt((sumSquares / draws - mean * mean) / draws);
        double exact = new ArcCosineKernel().value(x, z);
        assertTrue(Math.abs(mean - exact) < 4 * standardError,
                "Monte Carlo " + mean + " ± " + standardError + " vs closed form " + exact);
        assertTrue(standardError < 0.02 * exact, "the check must be sharp: standard error " + standardError);
    }

    @Test
    void matrixThroughGemmEqualsTheEntrywiseFormula() {
        SplittableRandom random = new SplittableRandom(3);
        double[][] x = new double[37][];
        double[][] z = new double[23][];
        for (int i = 0; i < x.length; i++) {
            x[i] = gaussianVector(9, random);
        }
        for (int j = 0; j < z.length; j++) {
            z[j] = gaussianVector(9, random);
        }
        z[5] = x[4].clone();  // a zero distance, where rounding could make ‖x − z‖² negative
        for (Kernel kernel : List.of(new GaussianKernel(2.5), new LaplaceKernel(3), new ArcCosineKernel())) {
            Matrix k = kernel.matrix(x, z);
            assertEquals(x.length, k.nrow());
            assertEquals(z.length, k.ncol());
            for (int i = 0; i < x.length; i++) {
                for (int j = 0; j < z.length; j++) {
                    assertEquals(kernel.value(x[i], z[j]), k.get(i, j), 1e-12, kernel + " at " + i + "," + j);
                }
            }
        }
    }

    @Test
    void aMatrixBeyondTheHeapIsRefusedWithTheBytesNeededAndAvailable() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new GaussianKernel(1).matrix(new double[40_000][1]));
        assertTrue(e.getMessage().contains("40000×40000 needs 12.80 GB"), e.getMessage());
        assertTrue(e.getMessage().contains("free"), e.getMessage());
        IllegalArgumentException tooMany = assertThrows(IllegalArgumentException.class,
                () -> new LaplaceKernel(1).matrix(new double[50_000][1]));
        assertTrue(tooMany.getMessage().contains("more than a Java array holds"), tooMany.getMessage());
    }

    @Test
    void badInputIsNamed() {
        assertMessage("bandwidth must be a finite number > 0, got 0.0", () -> new GaussianKernel(0));
        assertMessage("bandwidth must be a finite number > 0, got NaN", () -> new LaplaceKernel(Double.NaN));
        double[][] ragged = {{1, 2}, {3}};
        assertMessage("x[1].length must be 2 (as x[0]), got 1", () -> new ArcCosineKernel().matrix(ragged));
        assertMessage("z must have the dimension of x, 2, got 3",
                () -> new GaussianKernel(1).matrix(new double[][] {{1, 2}}, new double[][] {{1, 2, 3}}));
        assertMessage("x must be a non-empty double[][], got no rows", () -> new GaussianKernel(1).matrix(new double[0][]));
    }


    static double[] gaussianVector(int d, SplittableRandom random) {
        double[] v = new double[d];
        for (int i = 0; i < d; i++) {
            v[i] = random.nextGaussian();
        }
        return v;
    }
}
