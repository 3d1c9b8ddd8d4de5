package org.theorykit.experiment.robust;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.knowm.xchart.XYChart;
import org.theorykit.plot.Figures;
import org.theorykit.robust.ConcentrationTail;
import org.theorykit.robust.DatasetDimension;
import org.theorykit.robust.IsoperimetryResult;
import org.theorykit.robust.TestFunctionFamily;
import tech.tablesaw.api.Row;
import tech.tablesaw.api.Table;

/**
 * Charts of the {@code robust} package's results, made in the experiment layer so that {@code robust}
 * computes and does not draw (the package layering: only experiment and the notebooks use the
 * presentation layer).
 */
public final class RobustnessCharts {

    private RobustnessCharts() {
    }

    /**
     * The worst tail of every family of an isoperimetry check on a log scale, with the bound
     * 2·exp(−d t²/(2c)) at the law's fitted c and at c = 1 (zero tail frequencies are not drawn on the log axis).
     */
    public static XYChart concentration(IsoperimetryResult result) {
        if (result == null) {
            throw new IllegalArgumentException("result must not be null");
        }
        int d = result.ambientDimension();
        XYChart chart = Figures.xy("Concentration of 1-Lipschitz functions: " + result.law(), "t", "P(|f - Ef| >= t)");
        chart.getStyler().setYAxisLogarithmic(true);
        double tMax = 0;
        for (Map.Entry<TestFunctionFamily, ConcentrationTail> entry : result.worstTails().entrySet()) {
            Table t = entry.getValue().table(d, result.constant(entry.getKey()), 80);
            t = t.where(t.doubleColumn("empirical_tail").isGreaterThan(0));
            Figures.scatter(chart, entry.getKey().name().toLowerCase(Locale.ROOT), t.doubleColumn("t").asDoubleArray(),
                    t.doubleColumn("empirical_tail").asDoubleArray());
            tMax = Math.max(tMax, entry.getValue().maxDeviation());
        }
        double c = result.constant();
        double floor = 1e-6;
        double upper = Math.max(tMax, 1e-9);
        Figures.curve(chart, String.format(Locale.ROOT, "bound, fitted c = %.3g", c),
                t -> Math.max(ConcentrationTail.bound(t, d, c), floor), 0, upper, 100);
        Figures.curve(chart, "bound, c = 1", t -> Math.max(ConcentrationTail.bound(t, d, 1), floor), 0, upper, 100);
        return chart;
    }

    /** The three MLEs against k (MacKay–Ghahramani, Levina–Bickel, Pope et al.) with TwoNN as a horizontal line. */
    public static XYChart intrinsicDimension(DatasetDimension id) {
        if (id == null) {
            throw new IllegalArgumentException("id must not be null");
        }
        Table mle = id.mle();
        XYChart chart = Figures.xy("Intrinsic dimension of " + id.name(), "k (neighbours)", "estimated dimension");
        double[] k = mle.intColumn("k").asDoubleColumn().asDoubleArray();
        Figures.line(chart, "MLE (MacKay-Ghahramani)", k, mle.doubleColumn("mackay_ghahramani").asDoubleArray());
        Figures.line(chart, "MLE (Levina-Bickel mean)", k, mle.doubleColumn("levina_bickel").asDoubleArray());
        Figures.line(chart, "MLE (Pope et al.)", k, mle.doubleColumn("pope_et_al").asDoubleArray());
        double two = id.twoNn().dimension();
        Figures.horizontal(chart, String.format(Locale.ROOT, "TwoNN %.1f", two), two, k[0], k[k.length - 1]);
        return chart;
    }
    /**
     * Lecture 03's picture of the law for one d (all seeds): the interpolating nets' witnessed lower and
     * certified upper bounds against p, the runs that did not interpolate, the law sqrt(n·d/p), the
     * two-layer conjecture sqrt(n/k) with k = p/(d+2), the data floor (mean over seeds) and the tent and
     * C^∞ bump interpolators.
     */
    public static XYChart law(Table sweep, int d) {
        Table rows = rowsOfD(sweep, d);
        Table nets = select(rows, RobustnessLawExperiment.SHALLOW, true);
        Table stuck = select(rows, RobustnessLawExperiment.SHALLOW, false);
        Table bumps = select(rows, RobustnessLawExperiment.BUMP, null);
        int n = (int) rows.numberColumn("n").getDouble(0);
        XYChart chart = Figures.logLog("d = " + d + ", n = " + n + ": Lipschitz constants of interpolating two-layer nets",
                "parameters p", "Lipschitz constant");
        Figures.scatter(chart, "nets: lower bound (witnessed)", column(nets, "p"), column(nets, "lip_lower"));
        Figures.scatter(chart, "nets: upper bound (certificate)", column(nets, "p"), column(nets, "lip_upper"));
        if (stuck.rowCount() > 0) {
            Figures.scatter(chart, "did not interpolate: lower bound", column(stuck, "p"), column(stuck, "lip_lower"));
        }
        double pLo = rows.numberColumn("p").min() / 2;
        double pHi = rows.numberColumn("p").max() * 2;
        Figures.curve(chart, "law: sqrt(nd/p)", p -> Math.sqrt((double) n * d / p), pLo, pHi, 100);
        Figures.curve(chart, "conjecture: sqrt(n/k), k = p/(d+2)", p -> Math.sqrt(n * (d + 2.0) / p), pLo, pHi, 100);
        Figures.horizontal(chart, "data floor (any interpolant)", bumps.numberColumn("floor").mean(), pLo, pHi);
        Figures.scatter(chart, "bumps, tent profile (p = n(d+1))", column(bumps, "p"), column(bumps, "lip_upper"));
        Table smooth = select(rows, RobustnessLawExperiment.BUMP_SMOOTH, null);
        Figures.scatter(chart, "bumps, C∞ profile", column(smooth, "p"), column(smooth, "lip_upper"));
        return chart;
    }

    /**
     * Every d's interpolating nets against p/(n·d), the axis on which the law sqrt(n·d/p) = (p/nd)^(-1/2)
     * is one line for all d; the legend gives each d's mean data floor.
     */
    public static XYChart lawByDimension(Table sweep) {
        XYChart chart = Figures.logLog("Every d against p/(nd): the law becomes one line", "p / (n d)", "Lipschitz lower bound");
        double xLo = Double.POSITIVE_INFINITY;
        double xHi = 0;
        for (int d : dims(sweep)) {
            Table rows = rowsOfD(sweep, d);
            Table nets = select(rows, RobustnessLawExperiment.SHALLOW, true);
            double nd = rows.numberColumn("n").getDouble(0) * d;
            double[] scaled = java.util.Arrays.stream(column(nets, "p")).map(p -> p / nd).toArray();
            double floor = select(rows, RobustnessLawExperiment.BUMP, null).numberColumn("floor").mean();
            Figures.scatter(chart, String.format(Locale.ROOT, "d = %d (floor %.2f)", d, floor), scaled, column(nets, "lip_lower"));
            xLo = Math.min(xLo, rows.numberColumn("p").min() / nd / 2);
            xHi = Math.max(xHi, rows.numberColumn("p").max() / nd * 2);
        }
        Figures.curve(chart, "law: (p/nd)^(-1/2)", x -> 1 / Math.sqrt(x), xLo, xHi, 100);
        return chart;
    }

    /** The median DeepFool flip distance at training points against p: interpolating nets and tent bumps, per d. */
    public static XYChart flipDistances(Table sweep) {
        XYChart chart = Figures.logLog("Median distance to the nearest sign flip at training points", "parameters p", "distance");
        for (int d : dims(sweep)) {
            Table rows = rowsOfD(sweep, d);
            Table nets = select(rows, RobustnessLawExperiment.SHALLOW, true);
            Table bumps = select(rows, RobustnessLawExperiment.BUMP, null);
            Figures.scatter(chart, "nets, d = " + d, column(nets, "p"), column(nets, "flip_median"));
            Figures.scatter(chart, "tent bumps, d = " + d, column(bumps, "p"), column(bumps, "flip_median"));
        }
        return chart;
    }

    /** The interpolating nets' witnessed lower bounds against p, one series per named sweep (e.g. per data distribution). */
    public static XYChart lowerBounds(String title, Map<String, Table> sweeps) {
        if (sweeps == null || sweeps.isEmpty()) {
            throw new IllegalArgumentException("sweeps must name at least one table");
        }
        XYChart chart = Figures.logLog(title, "parameters p", "Lipschitz lower bound (interpolating nets)");
        sweeps.forEach((name, t) -> {
            Table nets = select(t, RobustnessLawExperiment.SHALLOW, true);
            Figures.scatter(chart, name, column(nets, "p"), column(nets, "lip_lower"));
        });
        return chart;
    }

    /** {@link SingleParameterSweep}'s median θ (= Lip f) against n, on a logarithmic y axis. */
    public static XYChart singleParameter(Table fits) {
        if (fits == null || !fits.containsColumn("median_theta")) {
            throw new IllegalArgumentException("fits must be a SingleParameterSweep table (with n and median_theta)");
        }
        XYChart chart = Figures.xy("One parameter, any labels: the weight θ (= Lip f) it needs", "points n", "median θ");
        chart.getStyler().setYAxisLogarithmic(true);
        Figures.line(chart, "sin(θ⟨u,x⟩), smallest fitting θ", column(fits, "n"), column(fits, "median_theta"));
        return chart;
    }

    private static List<Integer> dims(Table sweep) {
        requireSweep(sweep);
        return new ArrayList<>(new TreeSet<>(sweep.numberColumn("d").asDoubleColumn().asList().stream().map(Double::intValue).toList()));
    }

    private static Table rowsOfD(Table sweep, int d) {
        requireSweep(sweep);
        Table rows = sweep.where(sweep.numberColumn("d").isEqualTo(d));
        if (rows.rowCount() == 0) {
            throw new IllegalArgumentException("the sweep has no rows with d = " + d + "; its d: " + dims(sweep));
        }
        return rows;
    }

    /** The rows of one model, sorted by p; interpolated true/false keeps only (non-)interpolating rows, null all. */
    private static Table select(Table rows, String model, Boolean interpolated) {
        List<Integer> kept = new ArrayList<>();
        for (Row row : rows) {
            boolean fits = row.getString("status").equals("interpolated");
            if (row.getString("model").equals(model) && (interpolated == null || interpolated == fits)) {
                kept.add(row.getRowNumber());
            }
        }
        return rows.rows(kept.stream().mapToInt(Integer::intValue).toArray()).sortAscendingOn("p");
    }

    private static double[] column(Table t, String name) {
        return t.numberColumn(name).asDoubleArray();
    }

    private static void requireSweep(Table sweep) {
        if (sweep == null || !sweep.containsColumn("d") || !sweep.containsColumn("model") || !sweep.containsColumn("status")) {
            throw new IllegalArgumentException("sweep must be a robustness-law table (with columns d, model, status)");
        }
    }
}
