package org.theorykit.experiment.interpolation;

import java.util.List;
import java.util.Locale;
import org.knowm.xchart.XYChart;
import org.theorykit.plot.Figures;
import org.theorykit.table.Tables;
import tech.tablesaw.api.Table;

/**
 * Lecture 04's charts of the {@code random-labels} and {@code double-descent} experiments, made in the
 * experiment layer from their result tables ({@link RandomLabelsExperiment#summary} and
 * {@link RandomLabelsExperiment#curve} for random labels, {@link Tables#medians} by features for double
 * descent).
 */
public final class InterpolationCharts {

    private InterpolationCharts() {
    }

    /** One line per corruption level: {@code column} (e.g. train_error) per epoch of the run with this hidden width. */
    public static XYChart perEpoch(String title, String yLabel, Table runs, int hidden, List<Double> corruptions, String column) {
        if (corruptions == null || corruptions.isEmpty()) {
            throw new IllegalArgumentException("corruptions must hold at least one level");
        }
        XYChart chart = Figures.xy(title, "epoch", yLabel);
        for (double c : corruptions) {
            double[][] curve = RandomLabelsExperiment.curve(runs, hidden, c, column);
            Figures.line(chart, String.format(Locale.ROOT, "corruption %.1f", c), curve[0], curve[1]);
        }
        return chart;
    }

    /**
     * Final test error (on true labels) against the corruption c for one hidden width of a
     * {@link RandomLabelsExperiment#summary}, with chance (0.9) and the straight line from c = 0 to chance.
     */
    public static XYChart testErrorVsCorruption(Table summary, int hidden) {
        Table rows = Tables.where(summary, "hidden", hidden).sortAscendingOn("corruption");
        double[] c = rows.doubleColumn("corruption").asDoubleArray();
        double[] test = rows.doubleColumn("final_test_error").asDoubleArray();
        XYChart chart = Figures.xy("Test error against the fraction of random labels", "label corruption c",
                "test error (true test labels)");
        Figures.line(chart, "test error at the end of training", c, test);
        Figures.horizontal(chart, "chance: 0.9", 0.9, 0, 1);
        Figures.line(chart, "reference: straight line from c = 0 to chance", new double[] {0, 1}, new double[] {test[0], 0.9});
        return chart;
    }

    /** Epochs until every training label is fit, against the corruption c, for one hidden width of a summary. */
    public static XYChart epochsToFit(Table summary, int hidden) {
        Table rows = Tables.where(summary, "hidden", hidden).sortAscendingOn("corruption");
        XYChart chart = Figures.xy("Epochs until every training label is fit", "label corruption c", "epochs");
        Figures.line(chart, "epochs to fit", rows.doubleColumn("corruption").asDoubleArray(),
                rows.intColumn("epochs_to_fit").asDoubleArray());
        return chart;
    }

    /**
     * Test error (true labels) and training error (noisy labels) per epoch for each width at one corruption,
     * with the training error 0.9·c of a classifier that predicts every training image's true class.
     */
    public static XYChart earlyStopping(Table runs, List<Integer> widths, double corruption, int epochs) {
        XYChart chart = Figures.xy("Label corruption " + corruption + ": error per epoch", "epoch", "error");
        for (int h : widths) {
            double[][] test = RandomLabelsExperiment.curve(runs, h, corruption, "test_error");
            double[][] train = RandomLabelsExperiment.curve(runs, h, corruption, "train_error");
            Figures.line(chart, "h = " + h + ": test (true labels)", test[0], test[1]);
            Figures.line(chart, "h = " + h + ": train (noisy labels)", train[0], train[1]);
        }
        Figures.horizontal(chart, "wrong training labels: 0.9 c = " + String.format(Locale.ROOT, "%.2f", 0.9 * corruption),
                0.9 * corruption, 1, epochs);
        return chart;
    }

    /**
     * Test square loss and 0-1 error against N/n, min-norm (λ = 0) and ridge, on log-log axes, with the
     * interpolation threshold N = n; both tables are medians by features ({@code median_test_square_loss},
     * {@code median_test_error}), sorted by features.
     */
    public static XYChart doubleDescentRisk(Table minNorm, Table ridge, int n, String ridgeLabel) {
        double[] ratio = featureRatio(minNorm, n);
        double[] square = minNorm.doubleColumn("median_test_square_loss").asDoubleArray();
        double[] error = minNorm.doubleColumn("median_test_error").asDoubleArray();
        XYChart chart = Figures.logLog("Random Fourier features on MNIST, n = " + n + ": double descent", "N / n", "test risk");
        Figures.line(chart, "test square loss, λ = 0 (min-norm)", ratio, square);
        Figures.line(chart, "test error (0-1), λ = 0", ratio, error);
        Figures.line(chart, "test square loss, " + ridgeLabel, featureRatio(ridge, n),
                ridge.doubleColumn("median_test_square_loss").asDoubleArray());
        Figures.line(chart, "test error (0-1), " + ridgeLabel, featureRatio(ridge, n),
                ridge.doubleColumn("median_test_error").asDoubleArray());
        Figures.line(chart, "interpolation threshold N = n", new double[] {1, 1}, new double[] {
                java.util.Arrays.stream(error).min().orElseThrow(), java.util.Arrays.stream(square).max().orElseThrow()});
        return chart;
    }

    /** The norm of the least-squares coefficients against N/n, min-norm and ridge (medians by features, log-log). */
    public static XYChart doubleDescentNorms(Table minNorm, Table ridge, int n, String ridgeLabel) {
        XYChart chart = Figures.logLog("Norm of the least-squares coefficients", "N / n", "‖a‖");
        Figures.line(chart, "λ = 0 (min-norm)", featureRatio(minNorm, n), minNorm.doubleColumn("median_coefficient_norm").asDoubleArray());
        Figures.line(chart, ridgeLabel, featureRatio(ridge, n), ridge.doubleColumn("median_coefficient_norm").asDoubleArray());
        return chart;
    }

    /** features / n of a medians-by-features table. */
    public static double[] featureRatio(Table byFeatures, int n) {
        if (n < 1) {
            throw new IllegalArgumentException("n must be >= 1, got " + n);
        }
        return java.util.Arrays.stream(byFeatures.numberColumn("features").asDoubleArray()).map(f -> f / n).toArray();
    }
}
