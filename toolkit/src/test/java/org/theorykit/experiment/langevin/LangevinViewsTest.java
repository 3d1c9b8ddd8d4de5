package org.theorykit.experiment.langevin;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;
import org.theorykit.dynamics.Boltzmann;
import org.theorykit.dynamics.DoubleWell;
import org.theorykit.dynamics.LangevinRun;
import org.theorykit.experiment.Experiments;
import org.theorykit.experiment.Params;
import org.theorykit.experiment.Scale;
import org.theorykit.stats.LineFit;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;

/** Occupation, EscapeTimes, the pooling of LangevinWellsExperiment and LangevinCharts on hand-made numbers. */
class LangevinViewsTest {

    @Test
    void pooledOccupationAveragesTheSeedsAndAddsTheirErrorsInQuadrature() {
        Table runs = Table.create("langevin-wells", DoubleColumn.create("T", 1.0, 0.5, 1.0),
                DoubleColumn.create("flat_occupation", 0.70, 0.72, 0.74), DoubleColumn.create("flat_occupation_se", 0.03, 0.02, 0.04),
                DoubleColumn.create("boltzmann_flat", 0.705, 0.718, 0.705), DoubleColumn.create("laplace_flat", 0.75, 0.75, 0.75));
        List<Occupation> pooled = LangevinWellsExperiment.pooledOccupation(runs);
        assertEquals(List.of(0.5, 1.0), pooled.stream().map(Occupation::temperature).toList(), "ascending in T");
        Occupation atOne = pooled.get(1);
        assertEquals(0.72, atOne.simulated(), 1e-15);
        assertEquals(0.05 / 2, atOne.standardError(), 1e-15);          // √(0.03² + 0.04²) / 2 seeds
        assertEquals((0.72 - 0.705) / 0.025, atOne.zScore(), 1e-12);
        Table t = Occupation.table("occ", pooled);
        assertEquals(List.of("T", "simulated", "se", "boltzmann", "laplace", "z_score"), t.columnNames());
        assertEquals(atOne.zScore(), t.doubleColumn("z_score").getDouble(1), 0);
    }

    @Test
    void escapeTimesAreMeanStandardErrorAndKramersTime() {
        LangevinRun run = new LangevinRun(LangevinRun.Status.ALL_ESCAPED, "", 10, 1, 4, new double[1][4],
                new double[] {1, 2, 3, 6}, null, null, 0.1);
        EscapeTimes e = EscapeTimes.of(run, 0.5, 0.25);
        assertEquals(3.0, e.mean(), 1e-15);
        assertEquals(Math.sqrt(14.0 / 3) / 2, e.standardError(), 1e-15);     // Σ(t−3)² = 14, sd = √(14/3), /√4
        assertEquals(4.0, e.kramersTime(), 0);
        assertEquals(List.of("T", "mean_escape_time", "se", "kramers_time"), EscapeTimes.table(List.of(e)).columnNames());
        LangevinRun unfinished = new LangevinRun(LangevinRun.Status.COMPLETED, "", 10, 1, 2, new double[1][2],
                new double[] {1, Double.NaN}, null, null, 0.1);
        assertThrows(IllegalArgumentException.class, () -> EscapeTimes.of(unfinished, 0.5, 0.25));
    }

    @Test
    void chartsDrawTheExactCurvesAndTheGivenPoints() {
        Params params = Params.resolve(Experiments.get("langevin-wells"), Scale.SMOKE, Map.of());
        DoubleWell wells = LangevinWellsExperiment.wells(params);
        Table occ = Occupation.table("occ", List.of(new Occupation(0.5, 0.7, 0.01, 0.72, 0.75), new Occupation(1, 0.69, 0.02, 0.70, 0.75)));
        XYChart chart = LangevinCharts.occupation(params, occ);
        double[] t = chart.getSeriesMap().get("Boltzmann mass (quadrature)").getXData();
        assertEquals(0.4, t[0], 1e-15);
        assertEquals(Boltzmann.masses(wells, t[0]).mass(0), chart.getSeriesMap().get("Boltzmann mass (quadrature)").getYData()[0], 0);
        assertArrayEquals(new double[] {0.02, 0.04}, chart.getSeriesMap().get("Langevin particles (± 2 se)").getExtraValues(), 1e-15);
        LineFit fit = LineFit.fit(new double[] {2, 3, 4}, new double[] {1, 2, 3.5});
        XYChart arrhenius = LangevinCharts.arrhenius(new double[] {2, 3, 4}, new double[] {1, 2, 3.5}, fit, 1);
        double[] y = arrhenius.getSeriesMap().get("slope = barrier ΔU = 1 (through the mean)").getYData();
        assertEquals(1.0 * (4.2 - 1.8), y[1] - y[0], 1e-12);
        assertEquals(fit.at(1.8), arrhenius.getSeriesMap().get(String.format(java.util.Locale.ROOT, "fit, slope %.3f", fit.slope())).getYData()[0], 1e-12);
        XYChart share = LangevinCharts.share(wells, new double[] {0.1, 1}, new double[] {0.74, 0.7}, 0.673);
        assertArrayEquals(new double[] {0.673, 0.673}, share.getSeriesMap().get("tail limit 1/(1+e^{-λ/2}) (T → ∞)").getYData(), 0);
    }
}
