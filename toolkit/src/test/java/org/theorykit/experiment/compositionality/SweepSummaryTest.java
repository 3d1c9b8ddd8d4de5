package org.theorykit.experiment.compositionality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYSeries;
import org.theorykit.compositionality.Theorems;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class SweepSummaryTest {

    /** tree: 3 seeds at budget 100 (test 1, 5, 2 → median 2), 2 seeds at 300 (test 1, 3 → median 2); shallow: 1 seed each. */
    private static Table results() {
        return Table.create("r",
                StringColumn.create("arch", "tree", "tree", "tree", "tree", "tree", "shallow", "shallow"),
                IntColumn.create("budget", 100, 100, 100, 300, 300, 100, 300),
                IntColumn.create("params", 96, 96, 96, 288, 288, 100, 300),
                IntColumn.create("seed", 1, 2, 3, 1, 2, 1, 1),
                DoubleColumn.create("train_mse", 0.5, 0.1, 0.3, 0.2, 0.4, 9, 7),
                DoubleColumn.create("test_mse", 1, 5, 2, 1, 3, 8, 6),
                DoubleColumn.create("test_variance", 4, 4, 4, 4, 4, 4, 4));
    }

    @Test
    void mediansPerArchitectureAndBudgetWithSeedCounts() {
        Table m = SweepSummary.medians(results());
        assertEquals(List.of("arch", "budget", "params", "seeds", "median_train_mse", "median_test_mse",
                "test_mse/variance"), m.columnNames());
        assertEquals(4, m.rowCount());
        Table tree = m.where(m.stringColumn("arch").isEqualTo("tree"));
        assertEquals(List.of(100, 300), tree.intColumn("budget").asList());
        assertEquals(List.of(3, 2), tree.intColumn("seeds").asList());
        assertEquals(List.of(0.3, 0.30000000000000004), tree.doubleColumn("median_train_mse").asList());
        assertEquals(List.of(2.0, 2.0), tree.doubleColumn("median_test_mse").asList());
        assertEquals(List.of(0.5, 0.5), tree.doubleColumn("test_mse/variance").asList());
    }

    /** Slope of a drawn series on log-log axes, from its first and last point. */
    private static double logLogSlope(XYSeries series) {
        double[] x = series.getXData();
        double[] y = series.getYData();
        int last = x.length - 1;
        return Math.log(y[last] / y[0]) / Math.log(x[last] / x[0]);
    }

    /**
     * The MSE exponent implied by a unit count N(ε), from two accuracies: MSE ∝ ε², so
     * a = ln(ε₂²/ε₁²) / ln(N(ε₂)/N(ε₁)). Independent of the closed forms in {@link Theorems}.
     */
    private static double impliedMseExponent(java.util.function.DoubleUnaryOperator units) {
        double e1 = 0.1, e2 = 0.01;
        return 2 * Math.log(e2 / e1) / Math.log(units.applyAsDouble(e2) / units.applyAsDouble(e1));
    }

    @Test
    void guideLinesAreBothTheorem4RatesInMse() {
        int n = 8;
        var plot = SweepSummary.errorVsParams(results(), "t", n, true);
        assertEquals(2, plot.guideExponents().size());
        // Theorem 4 is Theorems 1-2 with m = 1 (and ε/L for ε): deep (n−1)(ε/L)^−2, shallow (ε/L)^−n
        double deep = impliedMseExponent(e -> Theorems.deepUnits(n, 1, e));
        double shallow = impliedMseExponent(e -> Theorems.shallowUnits(n, 1, e));
        assertEquals(-1.0, deep, 1e-12);
        assertEquals(-2.0 / n, shallow, 1e-12);
        for (var e : plot.guideExponents().entrySet()) {
            XYSeries drawn = plot.chart().getSeriesMap().get(e.getKey());
            double expected = e.getKey().contains("deep") ? deep : shallow;
            assertEquals(expected, e.getValue(), 1e-12, e.getKey());
            assertEquals(expected, logLogSlope(drawn), 1e-9, e.getKey() + " as drawn");
        }
        // Theorem 2 with m = 2 would give the tree MSE ∝ p^−2: not what the deep guide draws
        assertEquals(-2.0, impliedMseExponent(e -> Theorems.deepUnits(n, 2, e)), 1e-12);
        assertEquals(-2.0, Theorems.deepMseExponent(n, 2), 1e-15);
        assertEquals(-4.0 / n, Theorems.shallowMseExponent(n, 2), 1e-15);
        assertEquals(0, SweepSummary.errorVsParams(results(), "t", n, false).guideExponents().size());
    }

    @Test
    void ratiosOfMedianTestErrorsByBudget() {
        var ratio = SweepSummary.ratio(results(), "shallow", "tree");
        assertEquals(4.0, ratio.get(100), 1e-15);
        assertEquals(3.0, ratio.get(300), 1e-15);
        assertThrows(IllegalArgumentException.class, () -> SweepSummary.medianTest(results(), "dense"));
    }

    @Test
    void mediansByGroupPutTheGroupFirstAndKeepEachGroupsMedians() {
        Table a = results();
        a.addColumns(StringColumn.create("target", a.rowCount()).setMissingTo("canonical"));
        Table b = results();
        b.doubleColumn("test_mse").set(0, 9.0);           // tree at 100: 9, 5, 2 → median 5 in group "distinct"
        b.addColumns(StringColumn.create("target", b.rowCount()).setMissingTo("distinct"));
        Table m = SweepSummary.medians(a.append(b), "target");
        assertEquals("target", m.columnNames().get(0));
        assertEquals(8, m.rowCount());
        assertEquals(List.of("canonical", "canonical", "canonical", "canonical", "distinct", "distinct", "distinct", "distinct"),
                m.stringColumn("target").asList());
        Table distinctTree = m.where(m.stringColumn("target").isEqualTo("distinct").and(m.stringColumn("arch").isEqualTo("tree")));
        assertEquals(List.of(5.0, 2.0), distinctTree.doubleColumn("median_test_mse").asList());
        assertThrows(IllegalArgumentException.class, () -> SweepSummary.medians(results(), "target"));
    }

    @Test
    void relativeErrorsDivideByTheVarianceAndTheNodeCount() {
        Table r = SweepSummary.relativeErrors(results(), 4);
        assertEquals(List.of("arch", "n", "params", "train_mse/variance", "test_mse/variance", "rms/std", "rms/std/(n-1)"),
                r.columnNames());
        // tree at budget 100: median test 2, variance 4 → 0.5; median train 0.3 → 0.075; rms √0.5; per node √0.5/3
        int row = 2;
        assertEquals("tree", r.stringColumn("arch").get(row));
        assertEquals(4, r.intColumn("n").getInt(row));
        assertEquals(0.5, r.doubleColumn("test_mse/variance").getDouble(row), 1e-15);
        assertEquals(0.075, r.doubleColumn("train_mse/variance").getDouble(row), 1e-15);
        assertEquals(Math.sqrt(0.5), r.doubleColumn("rms/std").getDouble(row), 1e-15);
        assertEquals(Math.sqrt(0.5) / 3, r.doubleColumn("rms/std/(n-1)").getDouble(row), 1e-15);
        assertThrows(IllegalArgumentException.class, () -> SweepSummary.relativeErrors(results(), 1));
    }
}
