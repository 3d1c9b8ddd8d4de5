package org.theorykit.experiment.compositionality;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.knowm.xchart.XYChart;
import org.theorykit.compositionality.Theorems;
import org.theorykit.plot.Figures;
import tech.tablesaw.api.Table;

/**
 * The charts of the compositionality lecture (Poggio et al. 2017, arXiv:1611.00740) besides
 * {@link SweepSummary#errorVsParams}: the theorems' unit counts, median test errors of several
 * architectures per group, and the tree's relative error against the number of variables. Made in the
 * experiment layer (only experiment and the notebooks use the presentation layer).
 */
public final class CompositionalityCharts {

    private CompositionalityCharts() {
    }

    /**
     * Units for accuracy ε against n = 2 … {@code maxN} on a log axis: Theorem 1's shallow ε^(−n/m) and
     * Theorem 2's tree (n − 1)ε^(−2/m) (constants set to 1), one pair of lines per ε.
     */
    public static XYChart unitCounts(int maxN, double smoothness, double[] epsilons) {
        if (maxN < 2 || epsilons == null || epsilons.length == 0) {
            throw new IllegalArgumentException("need maxN >= 2 and at least one epsilon, got maxN = " + maxN);
        }
        XYChart chart = Figures.xy("Units for accuracy ε (Theorems 1–2, m = " + compact(smoothness) + ", constants set to 1)",
                "number of variables n", "units N");
        chart.getStyler().setYAxisLogarithmic(true);
        double[] n = IntStream.rangeClosed(2, maxN).asDoubleStream().toArray();
        for (double e : epsilons) {
            Figures.line(chart, "shallow, ε = " + e, n, java.util.Arrays.stream(n).map(v -> Theorems.shallowUnits((int) v, smoothness, e)).toArray());
            Figures.line(chart, "tree, ε = " + e, n, java.util.Arrays.stream(n).map(v -> Theorems.deepUnits((int) v, smoothness, e)).toArray());
        }
        return chart;
    }

    /**
     * Median test MSE against the budget on log-log axes, one line "group value / arch" for each value of
     * the column {@code group} (in order of appearance) and each of {@code archs} (in that order).
     */
    public static XYChart medianTest(String title, Table results, String group, List<String> archs) {
        XYChart chart = Figures.logLog(title, "parameters p", "median test MSE");
        Table medians = SweepSummary.medians(results, group);
        for (String value : new java.util.LinkedHashSet<>(medians.stringColumn(group).asList())) {
            Table sub = results.where(results.column(group).asStringColumn().isEqualTo(value));
            for (String arch : archs) {
                Map<Integer, Double> med = SweepSummary.medianTest(sub, arch);
                Figures.line(chart, value + " / " + arch, med.keySet().stream().mapToDouble(Integer::doubleValue).toArray(),
                        med.values().stream().mapToDouble(Double::doubleValue).toArray());
            }
        }
        return chart;
    }

    /**
     * A table of {@link SweepSummary#relativeErrors} rows for several n: test MSE/variance against n on a
     * log axis for the tree and the shallow net, with the guide MSE ∝ (n − 1)² through the tree's point
     * at the smallest n (error growing like the number of nodes).
     */
    public static XYChart scaling(Table scaling, int unitsPerNode) {
        XYChart chart = Figures.xy("Relative test error at " + unitsPerNode + " units per tree node (same total budget for shallow)",
                "number of variables n", "median test MSE / variance");
        chart.getStyler().setYAxisLogarithmic(true);
        for (String arch : List.of("tree", "shallow")) {
            Table s = scaling.where(scaling.stringColumn("arch").isEqualTo(arch));
            Figures.line(chart, arch, s.intColumn("n").asDoubleColumn().asDoubleArray(), s.doubleColumn("test_mse/variance").asDoubleArray());
        }
        Table tree = scaling.where(scaling.stringColumn("arch").isEqualTo("tree"));
        if (tree.rowCount() < 2) {
            throw new IllegalArgumentException("scaling must hold the tree at two values of n at least, got " + tree.rowCount());
        }
        int n0 = (int) tree.intColumn("n").min();
        int n1 = (int) tree.intColumn("n").max();
        double at0 = tree.where(tree.intColumn("n").isEqualTo(n0)).doubleColumn("test_mse/variance").getDouble(0);
        Figures.curve(chart, "error ∝ (n−1): MSE ∝ (n−1)², through the tree at n = " + n0,
                n -> at0 * Math.pow((n - 1) / (n0 - 1.0), 2), n0, n1, 25);
        return chart;
    }

    /** 2 for 2.0, 0.5 for 0.5: a number as a reader writes it. */
    static String compact(double x) {
        return BigDecimal.valueOf(x).stripTrailingZeros().toPlainString();
    }
}
