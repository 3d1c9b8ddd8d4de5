package org.theorykit.display;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.theorykit.plot.Figures;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;

class DisplayTest {

    @Test
    void outsideAKernelTablesPrintAsTextWithTheRowLimit() {
        assertEquals("none", Display.kernelName());
        PrintStream saved = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            Display.show(Table.create("t", IntColumn.create("k", new int[] {1, 2, 3, 4, 5})), 2);
        } finally {
            System.setOut(saved);
        }
        String text = captured.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("1") && text.contains("2") && !text.contains("5"), text);
    }

    @Test
    void chartsEncodeAsPng() {
        var chart = Figures.xy("t", "x", "y");
        Figures.line(chart, "s", new double[] {1, 2}, new double[] {3, 4});
        byte[] png = Base64.getDecoder().decode(Display.base64Png(chart));
        assertEquals((byte) 0x89, png[0]);
        assertEquals('P', png[1]);
        assertEquals('N', png[2]);
        assertEquals('G', png[3]);
    }

    @Test
    void badArgumentsAreNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Display.show(Table.create("t"), 0));
        assertTrue(e.getMessage().contains("rowLimit"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ProgressBar.start("x", -1));
    }

    @Test
    void progressBarCountsFromSeveralThreads() throws Exception {
        try (ProgressBar bar = ProgressBar.start("count", 2000)) {
            Thread a = new Thread(() -> { for (int i = 0; i < 1000; i++) bar.advance(); });
            Thread b = new Thread(() -> { for (int i = 0; i < 1000; i++) bar.advance(); });
            a.start();
            b.start();
            a.join();
            b.join();
            assertEquals(2000, bar.done());
        }
    }
}
