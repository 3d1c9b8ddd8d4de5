package org.theorykit.experiment.compositionality;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.knowm.xchart.XYChart;
import org.theorykit.compositionality.Theorems;
import org.theorykit.plot.Figures;
import org.theorykit.plot.PowerLaw;
import org.theorykit.table.Tables;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Summaries and plots of a "deep-vs-shallow" results table: medians over seeds per architecture and
 * budget ({@link Tables#medians}), error ratios between two architectures, and the log-log plot of test
 * MSE against the exact parameter count with a fitted slope per architecture and the theorems' rates
 * as guide lines.
 */
public final class SweepSummary {

    private SweepSummary() {
    }

    /** One row per (arch, budget): parameters, seeds, median train and test MSE, MSE/variance. */
    public static Table medians(Table results) {
        Table m = Tables.medians(results, List.of("train_mse", "test_mse", "test_variance"), "arch", "budget", "params")
                .sortOn("arch", "budget");
        DoubleColumn test = m.doubleColumn("median_test_mse");
        return Table.create("medians over seeds", m.stringColumn("arch"), m.intColumn("budget"), m.intColumn("params"),
                m.intColumn("count").copy().setName("seeds"), m.doubleColumn("median_train_mse"), test,
                test.divide(m.doubleColumn("median_test_variance")).setName("test_mse/variance"));
    }

    /**
     * {@link #medians(Table)} for each value of the column {@code group} (e.g. "target" when two sweeps
     * are appended), that column first, groups in order of first appearance.
     */
    public static Table medians(Table results, String group) {
        if (results == null || group == null || !results.containsColumn(group)) {
            throw new IllegalArgumentException("group = " + group + " must be a column of the results"
                    + (results == null ? "" : "; columns: " + results.columnNames()));
        }
        Table out = null;
        for (String value : new java.util.LinkedHashSet<>(results.column(group).asStringColumn().asList())) {
            Table m = medians(results.where(results.column(group).asStringColumn().isEqualTo(value)));
            m.insertColumn(0, StringColumn.create(group, m.rowCount()).setMissingTo(value));
            out = out == null ? m : out.append(m);
        }
        return out.setName("medians over seeds by " + group);
    }

    /**
     * The errors of a sweep on an n-variable target relative to its variance, one row per row of
     * {@link #medians(Table)}: arch, n, params, train_mse/variance, test_mse/variance, rms/std = √(test
     * MSE/variance) and rms/std/(n−1), which stays level where the root-mean-square error grows like the
     * number of tree nodes n − 1 (the node errors of Theorem 2's proof adding up the tree).
     */
    public static Table relativeErrors(Table results, int n) {
        if (n < 2) {
            throw new IllegalArgumentException("n = " + n + "; accepted: the target's number of variables, at least 2");
        }
        Table m = medians(results);
        DoubleColumn rel = m.doubleColumn("test_mse/variance");
        DoubleColumn trainRel = DoubleColumn.create("train_mse/variance");
        DoubleColumn rms = DoubleColumn.create("rms/std");
        DoubleColumn rmsPerNode = DoubleColumn.create("rms/std/(n-1)");
        for (int r = 0; r < m.rowCount(); r++) {
            double variance = m.doubleColumn("median_test_mse").getDouble(r) / rel.getDouble(r);
            trainRel.append(m.doubleColumn("median_train_mse").getDouble(r) / variance);
            rms.append(Math.sqrt(rel.getDouble(r)));
            rmsPerNode.append(Math.sqrt(rel.getDouble(r)) / (n - 1));
        }
        return Table.create("relative errors, n = " + n, m.stringColumn("arch"),
                IntColumn.create("n", java.util.Collections.nCopies(m.rowCount(), n).stream().mapToInt(Integer::intValue).toArray()),
                m.intColumn("params"), trainRel, rel.copy(), rms, rmsPerNode);
    }

    /** Budget → median test MSE of {@code arch}. */
    public static TreeMap<Integer, Double> medianTest(Table results, String arch) {
        Table rows = ofArch(medians(results), arch);
        TreeMap<Integer, Double> out = new TreeMap<>();
        for (int r = 0; r < rows.rowCount(); r++) {
            out.put(rows.intColumn("budget").getInt(r), rows.doubleColumn("median_test_mse").getDouble(r));
        }
        return out;
    }

    /** Budget → median test MSE of {@code numerator} / median test MSE of {@code denominator}. */
    public static TreeMap<Integer, Double> ratio(Table results, String numerator, String denominator) {
        TreeMap<Integer, Double> a = medianTest(results, numerator);
        TreeMap<Integer, Double> b = medianTest(results, denominator);
        TreeMap<Integer, Double> out = new TreeMap<>();
        a.forEach((budget, v) -> {
            if (b.containsKey(budget)) {
                out.put(budget, v / b.get(budget));
            }
        });
        return out;
    }

    /**
     * A log-log chart, the power law fitted to each architecture's medians, and the exponent of each
     * guide line drawn (series name → exponent of p; empty without guides).
     */
    public record ErrorPlot(XYChart chart, Map<String, PowerLaw> fits, Map<String, Double> guideExponents) {
    }

    /**
     * Median test MSE against the exact parameter count, one line per architecture with its fitted
     * slope in the legend; with {@code guides}, both rates of one theorem, Theorem 4 (ReLU nets,
     * L-Lipschitz nodes), turned into MSE ∝ ε²: deep N = O((n−1)(ε/L)^(−2)) gives MSE ∝ p^(−1), shallow
     * N = O((ε/L)^(−n)) gives MSE ∝ p^(−2/n) ({@link Theorems#deepMseExponent}, {@link
     * Theorems#shallowMseExponent} with m = 1; p ∝ N for both nets), drawn through the tree's and the
     * shallow net's first point.
     */
    public static ErrorPlot errorVsParams(Table results, String title, int n, boolean guides) {
        XYChart chart = Figures.logLog(title, "parameters p", "median test MSE");
        Map<String, PowerLaw> fits = new LinkedHashMap<>();
        Table medians = medians(results);
        double[] allParams = medians.intColumn("params").asDoubleArray();
        double lo = Arrays.stream(allParams).min().orElse(0);
        double hi = Arrays.stream(allParams).max().orElse(0);
        for (String arch : medians.stringColumn("arch").unique().asList()) {
            Table rows = ofArch(medians, arch);
            double[] xs = rows.intColumn("params").asDoubleArray();
            double[] ys = rows.doubleColumn("median_test_mse").asDoubleArray();
            if (xs.length >= 2) {
                fits.put(arch, Figures.withSlope(chart, arch, xs, ys));
            } else {
                Figures.line(chart, arch, xs, ys);
            }
        }
        Map<String, Double> guideExponents = new LinkedHashMap<>();
        if (guides && hi > lo) {
            guide(chart, guideExponents, medians, "tree", Theorems.deepMseExponent(n, 1), "Thm 4 deep: MSE ∝ p^-1", lo, hi);
            guide(chart, guideExponents, medians, "shallow", Theorems.shallowMseExponent(n, 1),
                    String.format(Locale.ROOT, "Thm 4 shallow: MSE ∝ p^-(2/%d)", n), lo, hi);
        }
        return new ErrorPlot(chart, fits, guideExponents);
    }

    private static void guide(XYChart chart, Map<String, Double> exponents, Table medians, String arch, double slope,
                              String name, double lo, double hi) {
        Table rows = medians.where(medians.stringColumn("arch").isEqualTo(arch));
        if (rows.isEmpty()) {
            return;
        }
        double x0 = rows.intColumn("params").getInt(0);
        double y0 = rows.doubleColumn("median_test_mse").getDouble(0);
        Figures.curve(chart, name, p -> y0 * Math.pow(p / x0, slope), lo, hi, 50);
        exponents.put(name, slope);
    }

    private static Table ofArch(Table medians, String arch) {
        Table rows = medians.where(medians.stringColumn("arch").isEqualTo(arch));
        if (rows.isEmpty()) {
            throw new IllegalArgumentException("arch = " + arch + "; accepted: one of "
                    + medians.stringColumn("arch").unique().asList());
        }
        return rows;
    }
}
