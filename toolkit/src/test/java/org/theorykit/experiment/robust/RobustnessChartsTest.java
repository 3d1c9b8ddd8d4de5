package org.theorykit.experiment.robust;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import tech.tablesaw.api.Table;

class RobustnessChartsTest {

    private static double[] ys(XYChart chart, String series) {
        XYSeries s = chart.getSeriesMap().get(series);
        assertTrue(s != null, "no series '" + series + "' in " + chart.getSeriesMap().keySet());
        return s.getYData();
    }

    @Test
    void lawChartSeparatesInterpolatingNetsStuckRunsAndBumps() {
        XYChart chart = RobustnessCharts.law(SweepTables.twoSeeds(), 10);
        assertArrayEquals(new double[] {20, 12, 8, 5, 4}, ys(chart, "nets: lower bound (witnessed)"));   // sorted by p
        assertArrayEquals(new double[] {30}, ys(chart, "did not interpolate: lower bound"));
        assertArrayEquals(new double[] {3, 2}, ys(chart, "bumps, tent profile (p = n(d+1))"));
        assertEquals(2.5, ys(chart, "data floor (any interpolant)")[0]);
        double[] law = ys(chart, "law: sqrt(nd/p)");
        double[] p = chart.getSeriesMap().get("law: sqrt(nd/p)").getXData();
        assertEquals(Math.sqrt(1000 / p[7]), law[7], 1e-12);
        assertThrows(IllegalArgumentException.class, () -> RobustnessCharts.law(SweepTables.twoSeeds(), 20));
    }

    @Test
    void dimensionChartRescalesPByNd() {
        XYChart chart = RobustnessCharts.lawByDimension(SweepTables.twoSeeds());
        XYSeries nets = chart.getSeriesMap().get("d = 10 (floor 2.50)");
        assertArrayEquals(new double[] {60 / 1000.0, 120 / 1000.0, 240 / 1000.0, 12.0, 12.0}, nets.getXData(), 1e-12);
    }

    @Test
    void flipAndComparisonChartsDrawOneSeriesPerModelAndSweep() {
        XYChart flips = RobustnessCharts.flipDistances(SweepTables.twoSeeds());
        assertEquals(List.of("nets, d = 10", "tent bumps, d = 10"), List.copyOf(flips.getSeriesMap().keySet()));
        assertArrayEquals(new double[] {1 / 3.0, 1 / 2.0}, ys(flips, "tent bumps, d = 10"), 1e-12);
        Map<String, Table> sweeps = new LinkedHashMap<>();
        sweeps.put("a", SweepTables.twoSeeds());
        Table other = SweepTables.empty();
        SweepTables.add(other, 5, 1, "shallow", 40, "interpolated", 100, 9, 20, 6);
        sweeps.put("b", other);
        XYChart both = RobustnessCharts.lowerBounds("t", sweeps);
        assertArrayEquals(new double[] {9}, ys(both, "b"));
        assertEquals(5, ys(both, "a").length);
        assertThrows(IllegalArgumentException.class, () -> RobustnessCharts.lowerBounds("t", Map.of()));
    }

    @Test
    void singleParameterChartDrawsMedianThetaAgainstN() {
        Table fits = SingleParameterSweep.run(new int[] {4, 6}, 1, 1);
        XYChart chart = RobustnessCharts.singleParameter(fits);
        assertArrayEquals(fits.doubleColumn("median_theta").asDoubleArray(), ys(chart, "sin(θ⟨u,x⟩), smallest fitting θ"));
        assertThrows(IllegalArgumentException.class, () -> RobustnessCharts.singleParameter(SweepTables.twoSeeds()));
    }
}
