package org.theorykit.memorization;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.theorykit.data.ImageSet;
import org.theorykit.nn.Activation;
import org.theorykit.nn.DeepMlp;
import tech.tablesaw.api.Table;

class MemorizationTest {

    /** n images of 16 random grey levels with labels drawn uniformly: nothing to learn but memorize. */
    static ImageSet noise(int n, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        byte[] pixels = new byte[n * 16];
        byte[] labels = new byte[n];
        for (int i = 0; i < pixels.length; i++) {
            pixels[i] = (byte) random.nextInt(256);
        }
        for (int i = 0; i < n; i++) {
            labels[i] = (byte) random.nextInt(10);
        }
        return new ImageSet(pixels, labels, 16);
    }

    @Test
    void errorRateCountsTheRowsWhoseLargestOutputIsNotTheLabel() {
        double[] outputs = new double[30];
        outputs[3] = 1;        // row 0 → class 3
        outputs[10 + 7] = 2;   // row 1 → class 7
        outputs[20 + 0] = 5;   // row 2 → class 0
        assertEquals(1 / 3.0, Memorization.errorRate(outputs, new int[] {3, 7, 1}), 1e-15);
        assertThrows(IllegalArgumentException.class, () -> Memorization.errorRate(outputs, new int[] {1, 2}));
    }

    @Test
    void parameterCountIsThatOfTheNetwork() {
        assertEquals(DeepMlp.of(new int[] {784, 128, 10}, Activation.relu()).parameterCount(),
                Memorization.parameterCount(784, 128));
    }

    @Test
    void aWideNetworkFitsRandomLabelsAndStopsThere() {
        ImageSet train = noise(60, 1);
        ImageSet test = noise(200, 2);
        Table epochs = Memorization.train(train, test, new Memorization.Settings(64, 0.05, 0.9, 10, 300, true, 1000, 3));
        int last = epochs.rowCount() - 1;
        assertEquals(0, epochs.doubleColumn("train_error").getDouble(last), "fits every random label");
        assertTrue(last + 1 < 300, "stops at the first epoch with training error 0, not at the budget");
        for (int r = 0; r < last; r++) {
            assertTrue(epochs.doubleColumn("train_error").getDouble(r) > 0, "no earlier epoch had training error 0");
            assertTrue(Double.isNaN(epochs.doubleColumn("test_error").getDouble(r)), "test skipped between testEvery");
        }
        double testError = epochs.doubleColumn("test_error").getDouble(last);
        assertTrue(testError > 0.75, "nothing to generalize: test error " + testError + " is near 0.9");
        Table again = Memorization.train(train, test, new Memorization.Settings(64, 0.05, 0.9, 10, 300, true, 1000, 3));
        assertArrayEquals(epochs.doubleColumn("loss").asDoubleArray(), again.doubleColumn("loss").asDoubleArray(),
                "same seed, same run");
    }

    @Test
    void withoutStoppingItRunsTheBudgetAndTestsEveryEpoch() {
        Table epochs = Memorization.train(noise(40, 4), noise(50, 5),
                new Memorization.Settings(8, 0.01, 0.5, 8, 5, false, 1, 6));
        assertEquals(5, epochs.rowCount());
        assertArrayEquals(new int[] {1, 2, 3, 4, 5}, epochs.intColumn("epoch").asIntArray());
        for (double e : epochs.doubleColumn("test_error").asDoubleArray()) {
            // a fraction of the 50 test points, on labels that are noise: near chance (0.9), 0.6 is 7 standard errors below
            assertEquals(Math.rint(50 * e), 50 * e, 1e-9, "test error " + e + " is not a count over the 50 test points");
            assertTrue(e > 0.6, "test error " + e + " on noise labels must be near chance (0.9)");
        }
    }

    @Test
    void badSettingsAreNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Memorization.Settings(8, 0.01, 1.0, 8, 5, false, 1, 6));
        assertEquals("momentum must be in [0, 1), got 1.0", e.getMessage());
    }
}
