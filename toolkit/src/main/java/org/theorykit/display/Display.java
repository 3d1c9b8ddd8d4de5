package org.theorykit.display;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.internal.chartpart.Chart;
import tech.tablesaw.api.Table;
import tech.tablesaw.io.html.HtmlWriteOptions;
import tech.tablesaw.io.html.HtmlWriter;

/**
 * Shows things in the notebook the code runs in: XChart charts and images (as PNG), Tablesaw
 * tables (as HTML with a row limit), Markdown and HTML. Works under the kernels of the IJava family
 * (theorykit's own, JJava, IJava: see {@link JupyterBridge}); outside a kernel each call prints a text summary, so
 * the same code runs headless from the launcher.
 */
public final class Display {

    /** Rows shown when no limit is given. */
    public static final int DEFAULT_ROW_LIMIT = 20;

    private Display() {
    }

    /** The kernel this JVM runs under: "theorykit", "jjava", "ijava" or "none". */
    public static String kernelName() {
        return JupyterBridge.current().name();
    }

    /** Shows an XChart chart as a PNG image. */
    public static void show(Chart<?, ?> chart) {
        publish(chartBundle(chart), null, false);
    }

    /**
     * Shows a chart that can be redrawn in place later, e.g. a training curve that grows:
     * {@code var live = Display.live(chart); ... live.update(chart);}
     */
    public static LiveChart live(Chart<?, ?> chart) {
        return new LiveChart(publish(chartBundle(chart), null, false));
    }

    /** A chart shown by {@link #live(Chart)}, redrawn in place by {@link #update(Chart)}. */
    public record LiveChart(String displayId) {
        /** Replaces the shown image by {@code chart}'s current state. */
        public void update(Chart<?, ?> chart) {
            publish(chartBundle(chart), displayId, true);
        }
    }

    /** Shows an image as PNG. */
    public static void show(BufferedImage image) {
        if (image == null) {
            throw new IllegalArgumentException("image must not be null");
        }
        publish(imageBundle(image), null, false);
    }

    private static Map<String, String> imageBundle(BufferedImage image) {
        Map<String, String> bundle = new LinkedHashMap<>();
        bundle.put("image/png", base64Png(image));
        bundle.put("text/plain", "image " + image.getWidth() + "x" + image.getHeight());
        return bundle;
    }

    /** Shows the first {@value #DEFAULT_ROW_LIMIT} rows of a table. */
    public static void show(Table table) {
        show(table, DEFAULT_ROW_LIMIT);
    }

    /** Shows the first {@code rowLimit} rows of a table as HTML, with a note of how many were left out. */
    public static void show(Table table, int rowLimit) {
        if (table == null) {
            throw new IllegalArgumentException("table must not be null");
        }
        if (rowLimit < 1) {
            throw new IllegalArgumentException("rowLimit must be >= 1, got " + rowLimit);
        }
        publish(tableBundle(table, rowLimit), null, false);
    }

    private static Map<String, String> tableBundle(Table table, int rowLimit) {
        Table shown = table.rowCount() > rowLimit ? table.first(rowLimit) : table;
        String note = table.rowCount() > rowLimit
                ? "<p><i>" + rowLimit + " of " + table.rowCount() + " rows shown</i></p>" : "";
        Map<String, String> bundle = new LinkedHashMap<>();
        bundle.put("text/html", tableHtml(shown) + note);
        bundle.put("text/plain", shown.print());
        return bundle;
    }

    /** Shows Markdown text (rendered by the notebook front end). */
    public static void markdown(String markdown) {
        Map<String, String> bundle = new LinkedHashMap<>();
        bundle.put("text/markdown", requireText(markdown, "markdown"));
        bundle.put("text/plain", markdown);
        publish(bundle, null, false);
    }

    /** Shows an HTML fragment. */
    public static void html(String html) {
        Map<String, String> bundle = new LinkedHashMap<>();
        bundle.put("text/html", requireText(html, "html"));
        bundle.put("text/plain", html.replaceAll("<[^>]*>", ""));
        publish(bundle, null, false);
    }

    /**
     * The MIME bundle {@code show} would publish for a value (a table, a chart or an image), or
     * empty for other values. A kernel renders a cell's value with it.
     */
    public static Optional<Map<String, String>> mimeBundle(Object value) {
        if (value instanceof Table table) {
            return Optional.of(tableBundle(table, DEFAULT_ROW_LIMIT));
        }
        if (value instanceof Chart<?, ?> chart) {
            return Optional.of(chartBundle(chart));
        }
        if (value instanceof BufferedImage image) {
            return Optional.of(imageBundle(image));
        }
        return Optional.empty();
    }

    /** The chart as a base64 PNG, for embedding in HTML or reports. */
    public static String base64Png(Chart<?, ?> chart) {
        try {
            return Base64.getEncoder().encodeToString(BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode chart as PNG", e);
        }
    }

    static String publish(Map<String, String> bundle, String displayId, boolean update) {
        JupyterBridge bridge = JupyterBridge.current();
        String id = displayId != null ? displayId : UUID.randomUUID().toString();
        if (update) {
            bridge.update(bundle, id);
        } else {
            bridge.display(bundle, id);
        }
        return id;
    }

    private static Map<String, String> chartBundle(Chart<?, ?> chart) {
        if (chart == null) {
            throw new IllegalArgumentException("chart must not be null");
        }
        Map<String, String> bundle = new LinkedHashMap<>();
        bundle.put("image/png", base64Png(chart));
        bundle.put("text/plain", "chart \"" + chart.getTitle() + "\" " + chart.getWidth() + "x" + chart.getHeight());
        return bundle;
    }

    private static String base64Png(BufferedImage image) {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", png);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode image as PNG", e);
        }
        return Base64.getEncoder().encodeToString(png.toByteArray());
    }

    private static String tableHtml(Table table) {
        StringWriter html = new StringWriter();
        new HtmlWriter().write(table, HtmlWriteOptions.builder(html).build());
        return html.toString();
    }

    private static String requireText(String text, String name) {
        if (text == null) {
            throw new IllegalArgumentException(name + " must not be null");
        }
        return text;
    }


    /** Prints String.format(Locale.ROOT, format, args) to standard output, with no value for the notebook to show. */
    public static void say(String format, Object... args) {
        System.out.print(String.format(java.util.Locale.ROOT, format, args));
    }
}
