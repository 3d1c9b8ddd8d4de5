package org.theorykit.experiment.interpolation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;
import org.theorykit.table.Tables;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;

class InterpolationChartsTest {

    /** Per-epoch runs of width 8 at corruption 0 and 1: train error 0.5, 0.2, 0 (c = 0) and 0.9, 0.5, 0.1, 0 (c = 1). */
    private static Table runs() {
        Table t = Table.create("runs", IntColumn.create("seed"), IntColumn.create("hidden"), DoubleColumn.create("corruption"),
                IntColumn.create("epoch"), DoubleColumn.create("train_error"), DoubleColumn.create("test_error"));
        double[][] train = {{0.5, 0.2, 0}, {0.9, 0.5, 0.1, 0}};
        double[][] test = {{0.3, 0.1, 0.12}, {0.9, 0.88, 0.9, 0.91}};
        double[] c = {0, 1};
        for (int run = 0; run < 2; run++) {
            for (int e = 0; e < train[run].length; e++) {
                t.intColumn("seed").append(1);
                t.intColumn("hidden").append(8);
                t.doubleColumn("corruption").append(c[run]);
                t.intColumn("epoch").append(e + 1);
                t.doubleColumn("train_error").append(train[run][e]);
                t.doubleColumn("test_error").append(test[run][e]);
            }
        }
        return t;
    }

    @Test
    void randomLabelChartsDrawTheSummaryAgainstCorruption() {
        Table summary = RandomLabelsExperiment.summary(runs());
        XYChart test = InterpolationCharts.testErrorVsCorruption(summary, 8);
        assertArrayEquals(new double[] {0.12, 0.91}, test.getSeriesMap().get("test error at the end of training").getYData());
        assertArrayEquals(new double[] {0.12, 0.9}, test.getSeriesMap().get("reference: straight line from c = 0 to chance").getYData());
        XYChart epochs = InterpolationCharts.epochsToFit(summary, 8);
        assertArrayEquals(new double[] {3, 4}, epochs.getSeriesMap().get("epochs to fit").getYData());
        XYChart fitting = InterpolationCharts.perEpoch("t", "y", runs(), 8, List.of(0.0, 1.0), "train_error");
        assertArrayEquals(new double[] {0.9, 0.5, 0.1, 0}, fitting.getSeriesMap().get("corruption 1.0").getYData());
        XYChart stopping = InterpolationCharts.earlyStopping(runs(), List.of(8), 1.0, 4);
        assertArrayEquals(new double[] {0.9, 0.88, 0.9, 0.91}, stopping.getSeriesMap().get("h = 8: test (true labels)").getYData());
        assertArrayEquals(new double[] {0.9, 0.9}, stopping.getSeriesMap().get("wrong training labels: 0.9 c = 0.90").getYData());
        assertThrows(IllegalArgumentException.class, () -> InterpolationCharts.testErrorVsCorruption(summary, 16));
        assertThrows(IllegalArgumentException.class, () -> InterpolationCharts.perEpoch("t", "y", runs(), 8, List.of(), "train_error"));
    }

    @Test
    void doubleDescentChartsUseTheMediansByFeaturesAgainstNOverN() {
        Table dd = Table.create("dd", IntColumn.create("features", 50, 50, 100, 100, 400),
                DoubleColumn.create("test_square_loss", 1, 3, 10, 20, 0.5), DoubleColumn.create("test_error", 0.2, 0.4, 0.5, 0.5, 0.1),
                DoubleColumn.create("coefficient_norm", 1, 1, 9, 11, 2));
        Table medians = Tables.medians(dd, List.of("test_square_loss", "test_error", "coefficient_norm"), "features");
        XYChart risk = InterpolationCharts.doubleDescentRisk(medians, medians, 100, "λ = 1");
        assertArrayEquals(new double[] {0.5, 1, 4}, risk.getSeriesMap().get("test square loss, λ = 0 (min-norm)").getXData());
        assertArrayEquals(new double[] {2, 15, 0.5}, risk.getSeriesMap().get("test square loss, λ = 0 (min-norm)").getYData());
        assertArrayEquals(new double[] {0.1, 15}, risk.getSeriesMap().get("interpolation threshold N = n").getYData());
        XYChart norms = InterpolationCharts.doubleDescentNorms(medians, medians, 100, "λ = 1");
        assertArrayEquals(new double[] {1, 10, 2}, norms.getSeriesMap().get("λ = 0 (min-norm)").getYData());
        assertEquals(3, InterpolationCharts.featureRatio(medians, 100).length);
        assertThrows(IllegalArgumentException.class, () -> InterpolationCharts.featureRatio(medians, 0));
    }
}
