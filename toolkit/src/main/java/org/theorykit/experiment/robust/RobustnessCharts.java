package org.theorykit.experiment.robust;

import java.util.Locale;
import java.util.Map;
import org.knowm.xchart.XYChart;
import org.theorykit.plot.Figures;
import org.theorykit.robust.ConcentrationTail;
import org.theorykit.robust.DatasetDimension;
import org.theorykit.robust.IsoperimetryResult;
import org.theorykit.robust.TestFunctionFamily;
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
}
