package org.theorykit.plot;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.DoubleUnaryOperator;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.XYStyler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * XChart figures in the lectures' house style: line and scatter charts, log-log plots whose
 * legend carries the fitted slope, theory curves drawn as guide lines, and PNG/SVG export.
 */
public final class Figures {

    public static final int WIDTH = 800;
    public static final int HEIGHT = 420;

    private Figures() {
    }

    /** An empty XY chart with title and axis labels. */
    public static XYChart xy(String title, String xLabel, String yLabel) {
        XYChart chart = new XYChartBuilder().width(WIDTH).height(HEIGHT).title(title)
                .xAxisTitle(xLabel).yAxisTitle(yLabel).build();
        XYStyler styler = chart.getStyler();
        styler.setLegendPosition(Styler.LegendPosition.OutsideE);
        styler.setChartBackgroundColor(java.awt.Color.WHITE);
        styler.setPlotGridLinesVisible(true);
        styler.setMarkerSize(5);
        return chart;
    }

    /** An XY chart with both axes logarithmic. */
    public static XYChart logLog(String title, String xLabel, String yLabel) {
        XYChart chart = xy(title, xLabel, yLabel);
        chart.getStyler().setXAxisLogarithmic(true);
        chart.getStyler().setYAxisLogarithmic(true);
        return chart;
    }

    /** Adds points without connecting lines. */
    public static XYSeries scatter(XYChart chart, String name, double[] x, double[] y) {
        XYSeries s = chart.addSeries(name, x, y);
        s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        return s;
    }

    /** Adds a connected line with markers. */
    public static XYSeries line(XYChart chart, String name, double[] x, double[] y) {
        return chart.addSeries(name, x, y);
    }

    /**
     * Draws {@code f} on [lo, hi] as a smooth line without markers (a target or a theory curve),
     * sampled at {@code points} points, evenly in x or, on a logarithmic x axis, evenly in log x.
     */
    public static XYSeries curve(XYChart chart, String name, DoubleUnaryOperator f, double lo, double hi, int points) {
        if (!(lo < hi)) {
            throw new IllegalArgumentException("need lo < hi, got lo=" + lo + " hi=" + hi);
        }
        if (points < 2) {
            throw new IllegalArgumentException("points must be >= 2, got " + points);
        }
        boolean logX = chart.getStyler().isXAxisLogarithmic();
        if (logX && lo <= 0) {
            throw new IllegalArgumentException("lo must be > 0 on a logarithmic x axis, got " + lo);
        }
        double[] x = new double[points];
        double[] y = new double[points];
        for (int i = 0; i < points; i++) {
            double t = i / (points - 1.0);
            x[i] = logX ? lo * Math.pow(hi / lo, t) : lo + t * (hi - lo);
            y[i] = f.applyAsDouble(x[i]);
        }
        XYSeries s = chart.addSeries(name, x, y);
        s.setMarker(SeriesMarkers.NONE);
        return s;
    }

    /** A horizontal reference line at height {@code y} across [lo, hi]. */
    public static XYSeries horizontal(XYChart chart, String name, double y, double lo, double hi) {
        XYSeries s = chart.addSeries(name, new double[] {lo, hi}, new double[] {y, y});
        s.setMarker(SeriesMarkers.NONE);
        return s;
    }

    /**
     * Adds (x, y) to a log-log chart with the least-squares power law y ≈ C·x^slope fitted in log
     * space; the legend reads e.g. "tree (slope -1.52)".
     *
     * @return the fit
     */
    public static PowerLaw withSlope(XYChart chart, String name, double[] x, double[] y) {
        PowerLaw fit = PowerLaw.fit(x, y);
        line(chart, String.format(Locale.ROOT, "%s (slope %.2f)", name, fit.exponent()), x, y);
        return fit;
    }

    /**
     * The slope of the series {@code name} as drawn on log-log axes, from its first to its last point:
     * ln(y_last/y_first) / ln(x_last/x_first) — for a guide line C·x^a, the exponent a it shows.
     */
    public static double logLogSlope(XYChart chart, String name) {
        XYSeries series = chart == null ? null : chart.getSeriesMap().get(name);
        if (series == null) {
            throw new IllegalArgumentException("name = '" + name + "' is not a series of the chart; its series: "
                    + (chart == null ? "(no chart)" : chart.getSeriesMap().keySet()));
        }
        double[] x = series.getXData();
        double[] y = series.getYData();
        int last = x.length - 1;
        if (last < 1 || !(x[0] > 0) || !(x[last] > 0) || !(y[0] > 0) || !(y[last] > 0) || x[0] == x[last]) {
            throw new IllegalArgumentException("series '" + name + "' needs two end points with distinct x > 0 and y > 0");
        }
        return Math.log(y[last] / y[0]) / Math.log(x[last] / x[0]);
    }

    /** Writes the chart as PNG (".png") or SVG (".svg"), chosen by the file name. */
    public static void save(XYChart chart, Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        try {
            if (name.endsWith(".png")) {
                BitmapEncoder.saveBitmap(chart, file.toString(), BitmapEncoder.BitmapFormat.PNG);
            } else if (name.endsWith(".svg")) {
                VectorGraphicsEncoder.saveVectorGraphic(chart, file.toString(), VectorGraphicsEncoder.VectorGraphicsFormat.SVG);
            } else {
                throw new IllegalArgumentException("file must end in .png or .svg, got " + file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
