package org.theorykit.experiment.flatness;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.XYChart;
import org.theorykit.landscape.LossSlices;
import org.theorykit.nn.Activation;
import org.theorykit.nn.Dataset;
import org.theorykit.nn.Loss;
import org.theorykit.nn.ShallowNet;
import org.theorykit.nn.SupervisedObjective;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** FlatnessCharts and DinhRescaling. */
class FlatnessViewsTest {

    @Test
    void spectrumChartSortsMagnitudesDescendingAndMarksTheRank() {
        XYChart chart = FlatnessCharts.spectrum(new double[] {-1e-9, 0, 2, 5}, 2, 1e-6);
        assertArrayEquals(new double[] {5, 2, 1e-22, 1e-9}, chart.getSeriesMap().get("|λ_k| of ∇²L").getYData(), 0);
        assertArrayEquals(new double[] {2, 2}, chart.getSeriesMap().get("k = n: rank of J^T J").getXData(), 0);
        assertArrayEquals(new double[] {5e-6, 5e-6}, chart.getSeriesMap().get("tolerance 1.0E-6·λ_max").getYData(), 1e-20);
        assertThrows(IllegalArgumentException.class, () -> FlatnessCharts.spectrum(new double[] {1, 2}, 3, 1e-6));
    }

    @Test
    void sharpnessByCheckpointAveragesTheSeedsOfEachOptimizer() {
        Table runs = Table.create("r", StringColumn.create("optimizer", "gd", "gd", "gd", "sgd-small", "sgd-large", "sgld"),
                DoubleColumn.create("checkpoint", 0.1, 0.1, 0.01, 0.1, 0.1, 0.1), DoubleColumn.create("sharpness", 1, 3, 5, 1, 1, 1),
                DoubleColumn.create("margin_mean", 1, 2, 3, 4, 5, 6));
        XYChart chart = FlatnessCharts.sharpnessByCheckpoint(runs);
        assertArrayEquals(new double[] {0.01, 0.1}, chart.getSeriesMap().get("gd").getXData(), 0);
        assertArrayEquals(new double[] {5, 2}, chart.getSeriesMap().get("gd").getYData(), 0);
        XYChart margins = FlatnessCharts.sharpnessVsMargin(runs, -0.5);
        assertTrue(margins.getTitle().contains("r = -0.50"), margins.getTitle());
        assertArrayEquals(new double[] {1, 2, 3}, margins.getSeriesMap().get("gd").getXData(), 0);
    }

    @Test
    void planeHeatMapShowsLog10OfTheLossOnTheGrid() {
        Table plane = LossSlices.plane(theta -> Math.pow(10, theta[0] + 2 * theta[1]), new double[] {0, 0},
                new double[] {1, 0}, new double[] {0, 1}, -1, 1, 3);
        HeatMapChart heat = FlatnessCharts.plane("t", plane);
        var series = heat.getSeriesMap().get("log10 L");
        assertEquals(List.of("-1.0", "0.0", "1.0"), series.getXData());
        Number[] corner = series.getHeatData().get(2 * 3 + 0);             // a = 1, b = −1: log10 L = 1 − 2
        assertEquals(2, corner[0].intValue());
        assertEquals(0, corner[1].intValue());
        assertEquals(-1.0, corner[2].doubleValue(), 1e-12);
    }

    @Test
    void dinhRescalingKeepsTheFunctionAndTheSliceButNotTheSharpness() {
        SplittableRandom random = new SplittableRandom(3);
        double[][] x = new double[10][2];
        double[] y = new double[10];
        for (int i = 0; i < 10; i++) {
            x[i][0] = random.nextGaussian();
            x[i][1] = random.nextGaussian();
            y[i] = x[i][0] * x[i][1] > 0 ? 1 : -1;
        }
        ShallowNet net = ShallowNet.of(2, 6, 1, Activation.relu());
        SupervisedObjective objective = new SupervisedObjective(net, Loss.logistic(), Dataset.of(x, y));
        double[] theta = net.initialParameters(4);
        DinhRescaling same = DinhRescaling.of(objective, theta, 1);
        DinhRescaling scaled = DinhRescaling.of(objective, theta, 4);
        assertEquals(0, same.outputChange(), 0);
        assertTrue(scaled.outputChange() < 1e-12, "same function: " + scaled.outputChange());
        assertEquals(objective.loss(theta), scaled.loss(), 1e-12);
        assertTrue(scaled.sliceChange() < 1e-9, "filter-normalized slice unchanged: " + scaled.sliceChange());
        assertTrue(scaled.sharpness() > 2 * same.sharpness() || scaled.sharpness() < same.sharpness() / 2,
                "raw sharpness moves: " + same.sharpness() + " vs " + scaled.sharpness());
        assertEquals(5, DinhRescaling.table("d", List.of(same, scaled)).columnCount());
    }
}
