package org.theorykit.landscape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.theorykit.nn.Dataset;

/** The hard-margin SVM direction on sets with a known answer, its KKT conditions, and non-separable data. */
class MaxMarginDirectionTest {

    @Test
    void threePointsWithAKnownAnswer() {
        // y_i⟨w, x_i⟩ ≥ 1 reads w1 ≥ 1, w2 ≥ 1, w1 + w2 ≥ 1: the shortest such w is (1, 1)
        Dataset data = Dataset.of(new double[][] {{1, 0}, {0, 1}, {-1, -1}}, new double[] {1, 1, -1});
        MaxMarginDirection svm = MaxMarginDirection.of(data);
        assertEquals(1, svm.w()[0], 1e-9);
        assertEquals(1, svm.w()[1], 1e-9);
        assertEquals(1 / Math.sqrt(2), svm.margin(), 1e-9);
        assertEquals(0, svm.alpha()[2], 1e-9, "(−1, −1) has margin 2: not a support vector");
        assertEquals(Math.PI / 4, svm.angleTo(new double[] {1, 0}), 1e-9);
    }

    @Test
    void kktHoldOnRandomSeparableData() {
        SplittableRandom random = new SplittableRandom(3);
        int n = 60;
        int d = 5;
        double[][] x = new double[n][d];
        double[] y = new double[n];
        double[] teacher = {1, -2, 0.5, 0, 1};
        for (int i = 0; i < n; i++) {
            double s;
            do {
                s = 0;
                for (int j = 0; j < d; j++) {
                    x[i][j] = random.nextGaussian();
                    s += teacher[j] * x[i][j];
                }
            } while (Math.abs(s) < 0.3);
            y[i] = Math.signum(s);
        }
        MaxMarginDirection svm = MaxMarginDirection.of(Dataset.of(x, y));
        assertTrue(svm.kktViolation() <= MaxMarginDirection.DEFAULT_TOLERANCE);
        double min = Double.POSITIVE_INFINITY;
        double[] fromAlpha = new double[d];
        for (int i = 0; i < n; i++) {
            double m = 0;
            for (int j = 0; j < d; j++) {
                m += svm.w()[j] * x[i][j];
                fromAlpha[j] += svm.alpha()[i] * y[i] * x[i][j];
            }
            min = Math.min(min, y[i] * m);
        }
        assertEquals(1, min, 1e-9, "the closest points sit on the margin");
        for (int j = 0; j < d; j++) {
            assertEquals(fromAlpha[j], svm.w()[j], 1e-9, "w = Σ α_i y_i x_i");
        }
    }

    @Test
    void nonSeparableDataIsRejectedByName() {
        Dataset data = Dataset.of(new double[][] {{1, 0}, {-1, 0}, {0, 1}}, new double[] {1, 1, -1});
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> MaxMarginDirection.of(data, 1e-10, 20_000));
        assertTrue(e.getMessage().startsWith("data"), e.getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> MaxMarginDirection.of(Dataset.of(
                new double[][] {{1, 0}}, new double[] {0.5}))).getMessage().startsWith("data.y()"));
    }
}
