package org.theorykit.experiment.compositionality;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.theorykit.compositionality.Theorems;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class CompositionalityChartsTest {

    @Test
    void unitCountsDrawBothTheoremsPerAccuracy() {
        XYChart chart = CompositionalityCharts.unitCounts(32, 2, new double[] {0.1, 0.01});
        assertEquals(List.of("shallow, ε = 0.1", "tree, ε = 0.1", "shallow, ε = 0.01", "tree, ε = 0.01"),
                List.copyOf(chart.getSeriesMap().keySet()));
        assertEquals("Units for accuracy ε (Theorems 1–2, m = 2, constants set to 1)", chart.getTitle());
        XYSeries tree = chart.getSeriesMap().get("tree, ε = 0.01");
        assertEquals(31, tree.getXData().length);
        assertEquals(Theorems.deepUnits(8, 2, 0.01), tree.getYData()[6], 0);     // n = 8 is the 7th point
        assertEquals(Theorems.shallowUnits(32, 2, 0.1), chart.getSeriesMap().get("shallow, ε = 0.1").getYData()[30], 0);
    }

    @Test
    void medianTestDrawsOneLinePerGroupAndArchitecture() {
        Table r = Table.create("r", StringColumn.create("target", "a", "a", "a", "b", "b"),
                StringColumn.create("arch", "tree", "tree", "shallow", "tree", "shallow"),
                IntColumn.create("budget", 100, 100, 100, 100, 100), IntColumn.create("params", 96, 96, 100, 96, 100),
                DoubleColumn.create("train_mse", 1, 1, 1, 1, 1), DoubleColumn.create("test_mse", 1, 3, 8, 5, 6),
                DoubleColumn.create("test_variance", 4, 4, 4, 4, 4));
        XYChart chart = CompositionalityCharts.medianTest("t", r, "target", List.of("tree", "shallow"));
        assertEquals(List.of("a / tree", "a / shallow", "b / tree", "b / shallow"), List.copyOf(chart.getSeriesMap().keySet()));
        assertArrayEquals(new double[] {2.0}, chart.getSeriesMap().get("a / tree").getYData(), 0);
        assertArrayEquals(new double[] {5.0}, chart.getSeriesMap().get("b / tree").getYData(), 0);
    }

    @Test
    void scalingGuideGrowsLikeTheSquareOfTheNodeCountThroughTheFirstTreePoint() {
        Table s = Table.create("s", StringColumn.create("arch", "shallow", "tree", "shallow", "tree"),
                IntColumn.create("n", 4, 4, 16, 16), DoubleColumn.create("test_mse/variance", 0.3, 0.05, 1.5, 0.5));
        XYChart chart = CompositionalityCharts.scaling(s, 24);
        XYSeries guide = chart.getSeriesMap().get("error ∝ (n−1): MSE ∝ (n−1)², through the tree at n = 4");
        double[] x = guide.getXData();
        double[] y = guide.getYData();
        assertEquals(4, x[0], 0);
        assertEquals(0.05, y[0], 1e-15);
        assertEquals(0.05 * 25, y[y.length - 1], 1e-12);                    // (15/3)² = 25 at n = 16
        assertArrayEquals(new double[] {0.05, 0.5}, chart.getSeriesMap().get("tree").getYData(), 0);
        assertThrows(IllegalArgumentException.class, () -> CompositionalityCharts.scaling(s.where(s.intColumn("n").isEqualTo(4)), 24));
    }
}
