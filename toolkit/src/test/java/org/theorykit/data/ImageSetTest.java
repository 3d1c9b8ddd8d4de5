package org.theorykit.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.theorykit.BadInput.assertMessage;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ImageSetTest {

    /** 100 images of 3 pixels: image i = (i, 255, 0) with label i mod 10. */
    private static ImageSet images() {
        byte[] pixels = new byte[300];
        byte[] labels = new byte[100];
        for (int i = 0; i < 100; i++) {
            pixels[3 * i] = (byte) i;
            pixels[3 * i + 1] = (byte) 255;
            labels[i] = (byte) (i % 10);
        }
        return new ImageSet(pixels, labels, 3);
    }

    @Test
    void pixelsAreGreyLevelsInTheUnitIntervalAndLabelsOneHot() {
        ImageSet set = images();
        double[][] x = set.pixels();
        assertArrayEquals(new double[] {7 / 255.0, 1, 0}, x[7], 0);
        double[][] y = set.oneHot();
        assertArrayEquals(new double[] {0, 0, 0, 0, 0, 0, 0, 1, 0, 0}, y[17], 0);
        assertArrayEquals(new int[] {10, 10, 10, 10, 10, 10, 10, 10, 10, 10}, set.classCounts());
    }

    @Test
    void subsamplesAreSeededAndDrawnWithoutReplacement() {
        ImageSet a = images().subsample(40, 3);
        assertArrayEquals(a.labels(), images().subsample(40, 3).labels());
        double[] firstPixels = Arrays.stream(a.pixels()).mapToDouble(row -> row[0]).toArray();
        assertEquals(40, Arrays.stream(firstPixels).distinct().count());
        assertNotEquals(Arrays.toString(firstPixels),
                Arrays.toString(Arrays.stream(images().subsample(40, 4).pixels()).mapToDouble(r -> r[0]).toArray()));
    }

    @Test
    void labelNoiseChangesExactlyTheRequestedFractionToOtherClasses() {
        ImageSet clean = images();
        ImageSet noisy = clean.withLabelNoise(0.3, 5);
        int changed = 0;
        for (int i = 0; i < 100; i++) {
            changed += clean.labels()[i] != noisy.labels()[i] ? 1 : 0;
        }
        assertEquals(30, changed);
        assertArrayEquals(noisy.labels(), clean.withLabelNoise(0.3, 5).labels());
    }

    @Test
    void randomLabelsRedrawExactlyTheRequestedFractionAndLeaveTheRestAlone() {
        byte[] pixels = new byte[10_000];
        byte[] labels = new byte[10_000];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = (byte) (i % 10);
        }
        ImageSet clean = new ImageSet(pixels, labels, 1);
        for (double fraction : new double[] {0, 0.2, 0.5, 1}) {
            boolean[] chosen = clean.relabelled(fraction, 7);
            int count = 0;
            for (boolean c : chosen) {
                count += c ? 1 : 0;
            }
            assertEquals(Math.round(fraction * labels.length), count, "images re-drawn at fraction " + fraction);
            ImageSet noisy = clean.withRandomLabels(fraction, 7);
            int changed = 0;
            int[] drawnCounts = new int[10];
            for (int i = 0; i < labels.length; i++) {
                if (!chosen[i]) {
                    assertEquals(clean.labels()[i], noisy.labels()[i], "an image not chosen keeps its label");
                } else {
                    drawnCounts[noisy.labels()[i]]++;
                    changed += clean.labels()[i] != noisy.labels()[i] ? 1 : 0;
                }
            }
            // a re-drawn label is uniform over all 10 classes: it changes with probability 9/10
            double sd = Math.sqrt(count * 0.9 * 0.1);
            assertTrue(Math.abs(changed - 0.9 * count) <= 5 * sd + 1e-9,
                    changed + " of " + count + " re-drawn labels changed, expected about 90%");
            for (int c = 0; c < 10 && count > 0; c++) {
                assertTrue(Math.abs(drawnCounts[c] - count / 10.0) <= 5 * Math.sqrt(count * 0.09),
                        "class " + c + " drawn " + drawnCounts[c] + " times of " + count);
            }
            assertArrayEquals(noisy.labels(), clean.withRandomLabels(fraction, 7).labels(), "same seed, same labels");
        }
        assertArrayEquals(images().labels(), images().withRandomLabels(0, 3).labels());
    }

    @Test
    void badInputIsNamed() {
        assertMessage("fraction must be in [0, 1], got -0.1", () -> images().withRandomLabels(-0.1, 1));
        assertMessage("n must be in 0..100 (the images of this split), got 101", () -> images().subsample(101, 1));
        assertMessage("fraction must be in [0, 1], got 1.5", () -> images().withLabelNoise(1.5, 1));
        assertMessage("labels[1] must be in 0–9, got 12", () -> ImageSet.oneHot(new int[] {0, 12}));
        assertMessage("pixels must hold labels.length × pixelsPerImage = 6 values, got 5",
                () -> new ImageSet(new byte[5], new byte[2], 3));
    }
}
