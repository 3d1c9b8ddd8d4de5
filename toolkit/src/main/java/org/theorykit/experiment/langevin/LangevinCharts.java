package org.theorykit.experiment.langevin;

import java.util.Locale;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.theorykit.dynamics.Boltzmann;
import org.theorykit.dynamics.DoubleWell;
import org.theorykit.experiment.Params;
import org.theorykit.plot.Figures;
import org.theorykit.stats.LineFit;
import tech.tablesaw.api.Table;

/**
 * The charts of the Langevin sections of lecture 02 (Poggio et al., Theory IIb, arXiv:1801.02254;
 * Kramers 1940), made in the experiment layer so that {@code dynamics} computes and does not draw.
 */
public final class LangevinCharts {

    private LangevinCharts() {
    }

    /**
     * The flat well's share against T: the exact Boltzmann mass (quadrature) as a curve, the Laplace limit
     * √k_sharp/(√k_flat+√k_sharp) and the equal split as lines, and an {@link Occupation#table} as points with
     * ± 2 standard errors; the wells are those of a {@code langevin-wells} run's parameters.
     */
    public static XYChart occupation(Params wellParams, Table occupation) {
        DoubleWell wells = LangevinWellsExperiment.wells(wellParams);
        double tLow = occupation.doubleColumn("T").min();
        double tHigh = occupation.doubleColumn("T").max();
        XYChart chart = Figures.xy("Flat-well share: Langevin vs Boltzmann (k_flat = " + wellParams.getDouble("kFlat")
                + ", k_sharp = " + wellParams.getDouble("kSharp") + ")", "temperature T", "fraction in the flat well");
        Figures.curve(chart, "Boltzmann mass (quadrature)", t -> Boltzmann.masses(wells, t).mass(0), 0.8 * tLow, 1.1 * tHigh, 40);
        Figures.horizontal(chart, "Laplace limit √k_sharp/(√k_flat+√k_sharp)", wells.laplaceLeftMass(1e-9), 0.8 * tLow, 1.1 * tHigh);
        Figures.horizontal(chart, "equal split (no volume effect)", 0.5, 0.8 * tLow, 1.1 * tHigh);
        double[] twoSe = occupation.doubleColumn("se").multiply(2).asDoubleArray();
        chart.addSeries("Langevin particles (± 2 se)", occupation.doubleColumn("T").asDoubleArray(),
                occupation.doubleColumn("simulated").asDoubleArray(), twoSe).setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        chart.getStyler().setYAxisMin(0.45).setYAxisMax(0.85).setMarkerSize(9);
        return chart;
    }

    /**
     * The exact Boltzmann share of the flat well on a grid of temperatures (log axis) with the Laplace
     * share (T → 0), the tail limit (T → ∞) and the equal split as horizontal lines.
     */
    public static XYChart share(DoubleWell wells, double[] temperatures, double[] share, double tailLimit) {
        if (temperatures == null || share == null || temperatures.length != share.length || temperatures.length < 2) {
            throw new IllegalArgumentException("temperatures and share must have the same length >= 2");
        }
        XYChart chart = Figures.xy("Boltzmann share of the flat well across T (quadrature)", "temperature T", "fraction in the flat well");
        chart.getStyler().setXAxisLogarithmic(true).setYAxisMin(0.45).setYAxisMax(0.8);
        double lo = temperatures[0];
        double hi = temperatures[temperatures.length - 1];
        Figures.line(chart, "exact share", temperatures, share);
        Figures.horizontal(chart, "Laplace (T → 0)", wells.laplaceLeftMass(1e-9), lo, hi);
        Figures.horizontal(chart, "tail limit 1/(1+e^{-λ/2}) (T → ∞)", tailLimit, lo, hi);
        Figures.horizontal(chart, "equal split 1/2", 0.5, lo, hi);
        return chart;
    }

    /**
     * The Arrhenius plot: ln(mean escape time) against 1/T as points, the least-squares line, and the
     * line of slope ΔU (the barrier) through the points' mean, both drawn over 1/T in [1.8, 4.2].
     */
    public static XYChart arrhenius(double[] inverseT, double[] logMeanEscape, LineFit fit, double barrier) {
        XYChart chart = Figures.xy("Arrhenius plot: log mean escape time vs 1/T", "1/T", "ln(mean escape time)");
        Figures.scatter(chart, "simulated", inverseT, logMeanEscape);
        Figures.curve(chart, String.format(Locale.ROOT, "fit, slope %.3f", fit.slope()), fit::at, 1.8, 4.2, 2);
        Figures.curve(chart, "slope = barrier ΔU = " + java.math.BigDecimal.valueOf(barrier).round(new java.math.MathContext(4))
                        .stripTrailingZeros().toPlainString() + " (through the mean)",
                u -> fit.meanY() + barrier * (u - fit.meanX()), 1.8, 4.2, 2);
        return chart;
    }
}
