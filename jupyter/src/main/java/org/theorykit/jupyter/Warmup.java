package org.theorykit.jupyter;

import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.theorykit.display.Display;

/** Start-up work done off the request path, so a notebook's first plot does not pay for it. */
final class Warmup {

    private Warmup() {
    }

    /** Draws one small chart to PNG: loads Java2D, fonts and the PNG encoder once. */
    static void charts() {
        XYChart chart = new XYChartBuilder().width(120).height(90).title("warm-up").build();
        chart.addSeries("s", new double[] {0, 1}, new double[] {0, 1});
        Display.base64Png(chart);
    }
}
