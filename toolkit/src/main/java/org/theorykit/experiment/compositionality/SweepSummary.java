package org.theorykit.experiment.compositionality;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.knowm.xchart.XYChart;
import org.theorykit.plot.Figures;
import org.theorykit.plot.PowerLaw;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Summaries and plots of a "deep-vs-shallow" results table: medians over seeds per architecture and
 * budget, error ratios between two architectures, and the log-log plot of test MSE against the
 * exact parameter count with a fitted slope per architecture and the theorems' rates as guide lines.
 */
public final class SweepSummary {

    private SweepSummary() {
    }

    /** One row per (arch, budget): parameters, seeds, median train and test MSE, MSE/variance, median seconds. */
    public static Table medians(Table results) {
        Map<String, TreeMap<Integer, List<Integer>>> groups = groups(results);
        StringColumn arch = StringColumn.create("arch");
        IntColumn budget = IntColumn.create("budget");
        IntColumn params = IntColumn.create("params");
        IntColumn seeds = IntColumn.create("seeds");
        DoubleColumn train = DoubleColumn.create("median_train_mse");
        DoubleColumn test = DoubleColumn.create("median_test_mse");
        DoubleColumn relative = DoubleColumn.create("test_mse/variance");
        DoubleColumn seconds = DoubleColumn.create("median_seconds");
        groups.forEach((a, byBudget) -> byBudget.forEach((b, rows) -> {
            arch.append(a);
            budget.append(b);
            params.append(results.intColumn("params").getInt(rows.get(0)));
            seeds.append(rows.size());
            train.append(median(results.doubleColumn("train_mse"), rows));
            double t = median(results.doubleColumn("test_mse"), rows);
            test.append(t);
            relative.append(t / median(results.doubleColumn("test_variance"), rows));
            seconds.append(median(results.doubleColumn("seconds"), rows));
        }));
        return Table.create("medians over seeds", arch, budget, params, seeds, train, test, relative, seconds);
    }

    /** Budget → median test MSE of {@code arch}. */
    public static TreeMap<Integer, Double> medianTest(Table results, String arch) {
        TreeMap<Integer, List<Integer>> byBudget = groups(results).get(arch);
        if (byBudget == null) {
            throw new IllegalArgumentException("arch = " + arch + "; accepted: one of " + groups(results).keySet());
        }
        TreeMap<Integer, Double> out = new TreeMap<>();
        byBudget.forEach((b, rows) -> out.put(b, median(results.doubleColumn("test_mse"), rows)));
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

    /** A log-log chart and the power law fitted to each architecture's medians. */
    public record ErrorPlot(XYChart chart, Map<String, PowerLaw> fits) {
    }

    /**
     * Median test MSE against the exact parameter count, one line per architecture with its fitted
     * slope in the legend; with {@code guides}, the rates of Theorem 4 in MSE (ε² for ReLU nets and
     * Lipschitz nodes): deep ∝ p^(−2), shallow ∝ p^(−2/n), drawn through the tree's and the shallow
     * net's first point.
     */
    public static ErrorPlot errorVsParams(Table results, String title, int n, boolean guides) {
        XYChart chart = Figures.logLog(title, "parameters p", "median test MSE");
        Map<String, PowerLaw> fits = new LinkedHashMap<>();
        Map<String, TreeMap<Integer, List<Integer>>> groups = groups(results);
        double lo = Double.POSITIVE_INFINITY;
        double hi = 0;
        for (var entry : groups.entrySet()) {
            List<Double> x = new ArrayList<>();
            List<Double> y = new ArrayList<>();
            entry.getValue().forEach((b, rows) -> {
                x.add((double) results.intColumn("params").getInt(rows.get(0)));
                y.add(median(results.doubleColumn("test_mse"), rows));
            });
            double[] xs = x.stream().mapToDouble(Double::doubleValue).toArray();
            double[] ys = y.stream().mapToDouble(Double::doubleValue).toArray();
            lo = Math.min(lo, Arrays.stream(xs).min().orElse(lo));
            hi = Math.max(hi, Arrays.stream(xs).max().orElse(hi));
            if (xs.length >= 2) {
                fits.put(entry.getKey(), Figures.withSlope(chart, entry.getKey(), xs, ys));
            } else {
                Figures.line(chart, entry.getKey(), xs, ys);
            }
        }
        if (guides && hi > lo) {
            guide(chart, results, groups, "tree", -2.0, "Thm 4 deep rate p^-2", lo, hi);
            guide(chart, results, groups, "shallow", -2.0 / n,
                    String.format(Locale.ROOT, "Thm 4 shallow rate p^-2/%d", n), lo, hi);
        }
        return new ErrorPlot(chart, fits);
    }

    private static void guide(XYChart chart, Table results, Map<String, TreeMap<Integer, List<Integer>>> groups,
                              String arch, double slope, String name, double lo, double hi) {
        TreeMap<Integer, List<Integer>> byBudget = groups.get(arch);
        if (byBudget == null) {
            return;
        }
        List<Integer> rows = byBudget.firstEntry().getValue();
        double x0 = results.intColumn("params").getInt(rows.get(0));
        double y0 = median(results.doubleColumn("test_mse"), rows);
        Figures.curve(chart, name, p -> y0 * Math.pow(p / x0, slope), lo, hi, 50);
    }

    private static Map<String, TreeMap<Integer, List<Integer>>> groups(Table results) {
        Map<String, TreeMap<Integer, List<Integer>>> groups = new LinkedHashMap<>();
        for (int r = 0; r < results.rowCount(); r++) {
            groups.computeIfAbsent(results.stringColumn("arch").get(r), k -> new TreeMap<>())
                    .computeIfAbsent(results.intColumn("budget").getInt(r), k -> new ArrayList<>()).add(r);
        }
        return groups;
    }

    private static double median(DoubleColumn column, List<Integer> rows) {
        double[] v = rows.stream().mapToDouble(column::getDouble).sorted().toArray();
        int k = v.length;
        return k % 2 == 1 ? v[k / 2] : 0.5 * (v[k / 2 - 1] + v[k / 2]);
    }
}
