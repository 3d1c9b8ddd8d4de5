package org.theorykit.experiment.flatness;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.HeatMapChartBuilder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.theorykit.landscape.LossSlices;
import org.theorykit.nn.SupervisedObjective;
import org.theorykit.plot.Figures;
import tech.tablesaw.api.Table;

/**
 * The landscape charts of lecture 02: a Hessian spectrum at an interpolating minimum (Poggio et al.,
 * Theory II, arXiv:1703.09833), sharpness at equal loss per optimizer (Keskar et al. 2017), loss slices
 * along filter-normalized directions (Li et al. 2018) and sharpness against the margin (Lengyel et al.).
 * Made in the experiment layer (only experiment and the notebooks use the presentation layer).
 */
public final class FlatnessCharts {

    private FlatnessCharts() {
    }

    /**
     * |λ_k| of an ascending spectrum taken from the top down (k = 1 the largest λ), on a log axis (floored at 1e-22), with a
     * vertical line at k = n (the rank of JᵀJ) and the tolerance·λ_max line under which an eigenvalue counts as zero.
     */
    public static XYChart spectrum(double[] ascending, int n, double tolerance) {
        int p = ascending.length;
        if (n < 1 || n > p) {
            throw new IllegalArgumentException("n = " + n + "; accepted: 1 to the spectrum's length " + p);
        }
        double[] index = new double[p];
        double[] abs = new double[p];
        for (int k = 0; k < p; k++) {
            index[k] = k + 1;
            abs[k] = Math.max(Math.abs(ascending[p - 1 - k]), 1e-22);
        }
        XYChart chart = Figures.xy("Hessian spectrum at an interpolating minimum (p = " + p + ", n = " + n + ")",
                "index k (eigenvalues sorted by |λ|, descending)", "|λ_k|");
        chart.getStyler().setYAxisLogarithmic(true);
        Figures.scatter(chart, "|λ_k| of ∇²L", index, abs);
        Figures.line(chart, "k = n: rank of J^T J", new double[] {n, n}, new double[] {abs[p - 1] / 10, 10 * abs[0]})
                .setMarker(SeriesMarkers.NONE);
        Figures.horizontal(chart, "tolerance " + tolerance + "·λ_max", tolerance * abs[0], 1, p);
        return chart;
    }

    /** Mean sharpness over seeds against the training-loss checkpoint (log axis), one line per optimizer of an sgd-flatness table. */
    public static XYChart sharpnessByCheckpoint(Table runs) {
        XYChart chart = Figures.xy("Sharpness λ_max(∇²L) at equal training loss (mean over seeds)", "training-loss checkpoint", "sharpness");
        chart.getStyler().setXAxisLogarithmic(true);
        for (String name : SgdFlatnessExperiment.OPTIMIZERS) {
            Table mine = runs.where(runs.stringColumn("optimizer").isEqualTo(name));
            double[] levels = mine.doubleColumn("checkpoint").unique().asDoubleArray();
            Arrays.sort(levels);
            double[] mean = new double[levels.length];
            for (int k = 0; k < levels.length; k++) {
                mean[k] = mine.where(mine.doubleColumn("checkpoint").isEqualTo(levels[k])).doubleColumn("sharpness").mean();
            }
            Figures.line(chart, name, levels, mean);
        }
        return chart;
    }

    /**
     * The training loss along one filter-normalized random direction (seed {@code directionSeed}) through
     * each solution, θ* + t·d for t in [−1, 1] at {@code points} points, on a log axis.
     */
    public static XYChart slices(SupervisedObjective objective, Map<String, double[]> solutions, long directionSeed, int points) {
        XYChart chart = Figures.xy("Training loss along one filter-normalized random direction", "t  (θ* + t·d)", "training loss");
        chart.getStyler().setYAxisLogarithmic(true);
        for (Map.Entry<String, double[]> e : solutions.entrySet()) {
            double[] d = LossSlices.filterNormalizedDirection(objective.model(), e.getValue(), directionSeed);
            Table line = LossSlices.line(objective::loss, e.getValue(), d, -1, 1, points);
            Figures.line(chart, e.getKey(), line.doubleColumn("t").asDoubleArray(), line.doubleColumn("loss").asDoubleArray())
                    .setMarker(SeriesMarkers.NONE);
        }
        return chart;
    }

    /** A {@link LossSlices#interpolation} table from the GD solution (α = 0) to the small-batch SGD one (α = 1), on a log axis. */
    public static XYChart interpolation(Table between) {
        XYChart chart = Figures.xy("Straight path: GD solution (α = 0) to small-batch SGD solution (α = 1)", "α", "training loss");
        chart.getStyler().setYAxisLogarithmic(true);
        Figures.line(chart, "L((1−α)θ_gd + αθ_sgd)", between.doubleColumn("alpha").asDoubleArray(), between.doubleColumn("loss").asDoubleArray());
        return chart;
    }

    /**
     * A {@link LossSlices#plane} table as a heat map of log10 of the loss, colours from −2.5 to 1, the
     * axes labelled with the grid's coordinates.
     */
    public static HeatMapChart plane(String title, Table plane) {
        double[] t = plane.doubleColumn("a").unique().asDoubleArray();
        Arrays.sort(t);
        int steps = t.length;
        if (steps * steps != plane.rowCount()) {
            throw new IllegalArgumentException("plane must be a square grid as LossSlices.plane makes it, got "
                    + plane.rowCount() + " rows for " + steps + " values of a");
        }
        HeatMapChart heat = new HeatMapChartBuilder().width(Figures.WIDTH / 2 + 60).height(Figures.HEIGHT)
                .title(title).xAxisTitle("a").yAxisTitle("b").build();
        List<Number[]> cells = new ArrayList<>();
        for (int r = 0; r < plane.rowCount(); r++) {
            cells.add(new Number[] {r / steps, r % steps, Math.log10(plane.doubleColumn("loss").getDouble(r))});
        }
        List<String> ticks = new ArrayList<>();
        for (double v : t) {
            ticks.add(String.format(Locale.ROOT, "%.1f", v));
        }
        heat.getStyler().setMin(-2.5).setMax(1.0).setXAxisLabelRotation(90);
        heat.addSeries("log10 L", ticks, ticks, cells);
        return heat;
    }

    /** Sharpness (log axis) against the mean training margin, every run at every checkpoint, one colour per optimizer. */
    public static XYChart sharpnessVsMargin(Table runs, double pearsonR) {
        XYChart chart = Figures.xy(String.format(Locale.ROOT, "Sharpness vs mean training margin (r = %.2f over all checkpoints)", pearsonR),
                "mean margin y·f on the training set", "sharpness λ_max");
        chart.getStyler().setYAxisLogarithmic(true).setMarkerSize(8);
        for (String name : SgdFlatnessExperiment.OPTIMIZERS) {
            Table mine = runs.where(runs.stringColumn("optimizer").isEqualTo(name));
            Figures.scatter(chart, name, mine.doubleColumn("margin_mean").asDoubleArray(), mine.doubleColumn("sharpness").asDoubleArray());
        }
        return chart;
    }
}
