package org.theorykit.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.theorykit.data.ImageSet;
import org.theorykit.data.Samplers;
import tech.tablesaw.api.Table;

class DatasetDimensionTest {

    @Test
    void summaryListsEveryEstimatorWithTheImpliedParameterCount() {
        double[][] x = Samplers.linearSubspace(40, 4, 1).sample(1500, 2);
        DatasetDimension id = DatasetDimension.measure("4-subspace", x, 5, 8);
        assertEquals(4, id.mle().rowCount());
        Table summary = id.summary(1000);
        assertEquals(2 * 4 + 1 + 3, summary.rowCount());
        for (int r = 0; r < summary.rowCount(); r++) {
            double dimension = summary.doubleColumn("dimension").getDouble(r);
            assertEquals(Math.round(1000 * dimension), summary.longColumn("implied_parameters").getLong(r));
            // Levina–Bickel's mean of per-point (k − 1)/S_k is biased upwards: its expectation is m(k − 1)/(k − 2)
            int k = summary.intColumn("k").getInt(r);
            boolean levinaBickel = summary.stringColumn("estimator").get(r).contains("Levina-Bickel");
            double expected = levinaBickel ? 4.0 * (k - 1) / (k - 2) : 4;
            assertEquals(expected, dimension, 0.6, summary.stringColumn("estimator").get(r) + ", k = " + k);
        }
        assertEquals(4, org.theorykit.experiment.robust.RobustnessCharts.intrinsicDimension(id).getSeriesMap().size());
    }

    /** Two classes of synthetic 16-pixel "images": class 0 on a 2-dimensional set of grey levels, class 1 on a 5-dimensional one. */
    @Test
    void perClassSeparatesClassesOfDifferentDimension() {
        int n = 1200;
        int p = 16;
        SplittableRandom random = new SplittableRandom(3);
        byte[] pixels = new byte[2 * n * p];
        byte[] labels = new byte[2 * n];
        for (int i = 0; i < 2 * n; i++) {
            int label = i % 2;
            int dims = label == 0 ? 2 : 5;
            double[] z = new double[dims];
            for (int j = 0; j < dims; j++) {
                z[j] = random.nextDouble();
            }
            for (int q = 0; q < p; q++) {
                // each pixel a fixed smooth function of the latent coordinates, quantized to 0–255
                double v = 0.5 + 0.5 * Math.sin(1.3 * z[q % dims] + 0.7 * q) * Math.cos(0.9 * z[(q + 1) % dims]);
                pixels[i * p + q] = (byte) Math.round(255 * v);
            }
            labels[i] = (byte) label;
        }
        Table table = DatasetDimension.perClass(new ImageSet(pixels, labels, p), 10);
        assertEquals(2, table.rowCount());
        double low = table.doubleColumn("mackay_ghahramani").getDouble(0);
        double high = table.doubleColumn("mackay_ghahramani").getDouble(1);
        assertEquals(2, low, 0.6);
        assertEquals(true, high > 3.5, "class 1: " + high);
    }

    @Test
    void badInputIsRejected() {
        double[][] x = Samplers.gaussian(3).sample(50, 1);
        assertThrows(IllegalArgumentException.class, () -> DatasetDimension.measure("x", x, 2, 5));
        assertThrows(IllegalArgumentException.class, () -> DatasetDimension.measure("x", x, 6, 5));
        assertThrows(IllegalArgumentException.class, () -> DatasetDimension.measure("x", x, 3, 5).summary(0));
    }
}
