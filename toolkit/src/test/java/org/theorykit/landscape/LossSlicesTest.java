package org.theorykit.landscape;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.theorykit.nn.Activation;
import org.theorykit.nn.DeepMlp;
import org.theorykit.nn.ParameterView;
import tech.tablesaw.api.Table;

class LossSlicesTest {

    private static double quadratic(double[] x) {
        double sum = 0;
        for (int i = 0; i < x.length; i++) {
            sum += (i + 1) * x[i] * x[i];
        }
        return sum;
    }

    @Test
    void filterNormalizedDirectionHasTheFiltersNormsAndNoBiasPart() {
        DeepMlp model = DeepMlp.of(new int[] {3, 5, 4, 2}, Activation.relu());
        double[] theta = model.initialParameters(3);
        double[] d = LossSlices.filterNormalizedDirection(model, theta, 11);
        double[] covered = new double[theta.length];
        for (ParameterView filter : model.filters()) {
            double dn = 0;
            double tn = 0;
            for (int i = filter.offset(); i < filter.offset() + filter.length(); i++) {
                dn += d[i] * d[i];
                tn += theta[i] * theta[i];
                covered[i] = 1;
            }
            assertEquals(Math.sqrt(tn), Math.sqrt(dn), 1e-12, filter.toString());
        }
        for (String bias : new String[] {"layer1.biases", "layer2.biases", "layer3.biases"}) {
            ParameterView v = model.view(bias);
            for (int i = v.offset(); i < v.offset() + v.length(); i++) {
                assertEquals(0.0, d[i], bias);
                assertEquals(0.0, covered[i], bias + " is no filter");
            }
        }
        assertArrayEquals(d, LossSlices.filterNormalizedDirection(model, theta, 11), "same seed, same direction");
    }

    @Test
    void slicesOfAQuadraticAreExact() {
        double[] theta = {1, -1, 0.5};
        double[] d1 = {1, 0, 0};
        double[] d2 = {0, 0, 2};
        Table line = LossSlices.line(LossSlicesTest::quadratic, theta, d1, -2, 2, 5);
        for (int k = 0; k < 5; k++) {
            double t = -2 + k;
            assertEquals(t, line.doubleColumn("t").getDouble(k), 1e-15);
            assertEquals((1 + t) * (1 + t) + 2 + 3 * 0.25, line.doubleColumn("loss").getDouble(k), 1e-12);
        }
        Table plane = LossSlices.plane(LossSlicesTest::quadratic, theta, d1, d2, -1, 1, 3);
        assertEquals(9, plane.rowCount());
        for (int row = 0; row < 9; row++) {
            double a = plane.doubleColumn("a").getDouble(row);
            double b = plane.doubleColumn("b").getDouble(row);
            double expected = (1 + a) * (1 + a) + 2 + 3 * (0.5 + 2 * b) * (0.5 + 2 * b);
            assertEquals(expected, plane.doubleColumn("loss").getDouble(row), 1e-12);
        }
        Table between = LossSlices.interpolation(LossSlicesTest::quadratic, theta, new double[] {0, 0, 0}, 0, 1, 3);
        assertEquals(quadratic(theta), between.doubleColumn("loss").getDouble(0), 1e-15);
        assertEquals(quadratic(new double[] {0.5, -0.5, 0.25}), between.doubleColumn("loss").getDouble(1), 1e-15);
        assertEquals(0.0, between.doubleColumn("loss").getDouble(2), 1e-15);
        assertEquals(1.0, between.doubleColumn("alpha").getDouble(2), 1e-15);
    }

    @Test
    void badInputIsNamed() {
        double[] theta = {1, 2};
        var e = assertThrows(IllegalArgumentException.class,
                () -> LossSlices.line(LossSlicesTest::quadratic, theta, new double[] {1}, 0, 1, 3));
        assertEquals(true, e.getMessage().contains("direction"));
        e = assertThrows(IllegalArgumentException.class,
                () -> LossSlices.line(LossSlicesTest::quadratic, theta, theta, 0, 1, 1));
        assertEquals(true, e.getMessage().contains("points"));
    }
}
