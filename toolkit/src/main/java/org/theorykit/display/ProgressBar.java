package org.theorykit.display;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A progress bar for long loops. In a notebook it is one HTML display updated in place; outside a
 * kernel it is one line on standard error rewritten with a carriage return. Updates are
 * throttled, so calling {@link #advance()} in a tight loop is cheap; {@link #close()} draws the
 * final state. Safe to advance from several threads.
 *
 * <pre>{@code
 * try (ProgressBar bar = ProgressBar.start("training", epochs)) {
 *     for (int e = 0; e < epochs; e++) { ...; bar.advance(); }
 * }
 * }</pre>
 */
public final class ProgressBar implements AutoCloseable {

    private static final long KERNEL_INTERVAL_NANOS = 300_000_000L;
    private static final long CONSOLE_INTERVAL_NANOS = 1_000_000_000L;
    private static final int CONSOLE_WIDTH = 30;

    private final String label;
    private final long total;
    private final long startNanos = System.nanoTime();
    private final AtomicLong done = new AtomicLong();
    private final JupyterBridge bridge = JupyterBridge.current();
    private final String displayId;
    private volatile String message = "";
    private long lastDrawNanos;
    private boolean closed;

    private ProgressBar(String label, long total) {
        this.label = label;
        this.total = total;
        this.displayId = bridge.isKernel() ? Display.publish(bundle(), null, false) : null;
        this.lastDrawNanos = startNanos;
    }

    /** Starts a bar for {@code total} units of work. */
    public static ProgressBar start(String label, long total) {
        if (label == null) {
            throw new IllegalArgumentException("label must not be null");
        }
        if (total < 0) {
            throw new IllegalArgumentException("total must be >= 0, got " + total);
        }
        return new ProgressBar(label, total);
    }

    /** One more unit done. */
    public void advance() {
        advance(1);
    }

    /** {@code units} more units done. */
    public void advance(long units) {
        done.addAndGet(units);
        drawIfDue();
    }

    /** Sets a short status text shown after the counts (e.g. the current loss). */
    public void message(String text) {
        message = text == null ? "" : text;
        drawIfDue();
    }

    /** Units done so far. */
    public long done() {
        return done.get();
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        draw();
        if (displayId == null) {
            System.err.println();
        }
    }

    private synchronized void drawIfDue() {
        long now = System.nanoTime();
        long interval = displayId != null ? KERNEL_INTERVAL_NANOS : CONSOLE_INTERVAL_NANOS;
        if (!closed && now - lastDrawNanos >= interval) {
            lastDrawNanos = now;
            draw();
        }
    }

    private void draw() {
        if (displayId != null) {
            bridge.update(bundle(), displayId);
        } else {
            int filled = (int) Math.round(CONSOLE_WIDTH * fraction());
            System.err.print("\r" + label + " [" + "#".repeat(filled) + ".".repeat(CONSOLE_WIDTH - filled) + "] "
                    + status());
            System.err.flush();
        }
    }

    private Map<String, String> bundle() {
        Map<String, String> bundle = new LinkedHashMap<>();
        bundle.put("text/html", "<div><b>" + escape(label) + "</b> <progress value=\"" + done.get() + "\" max=\""
                + Math.max(total, 1) + "\" style=\"width:40%\"></progress> " + escape(status()) + "</div>");
        bundle.put("text/plain", label + " " + status());
        return bundle;
    }

    private double fraction() {
        return total == 0 ? 1 : Math.min(1.0, done.get() / (double) total);
    }

    private String status() {
        double elapsed = (System.nanoTime() - startNanos) / 1e9;
        long d = done.get();
        String eta = d > 0 && d < total ? String.format(" eta %.0fs", elapsed * (total - d) / d) : "";
        return String.format("%d/%d  %.1fs%s  %s", d, total, elapsed, eta, message);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
