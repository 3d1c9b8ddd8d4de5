package org.theorykit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SeedsTest {

    @Test
    void sameArgumentsGiveTheSameSeedAndTheFirstMemberIsIndexZero() {
        assertEquals(Seeds.derive(42, "init", 3), Seeds.derive(42, "init", 3));
        assertEquals(Seeds.derive(42, "init", 0), Seeds.derive(42, "init"));
    }

    /** 100 seeds × 5 names × 100 indices: 50 000 derived seeds, all distinct (a collision has probability ~1e-10). */
    @Test
    void neighbouringSeedsNamesAndIndicesGiveDistinctSeeds() {
        Set<Long> seen = new HashSet<>();
        for (long seed = 0; seed < 100; seed++) {
            for (String name : new String[] {"init", "data", "batches", "noise", "test"}) {
                for (long index = 0; index < 100; index++) {
                    assertTrue(seen.add(Seeds.derive(seed, name, index)), seed + "/" + name + "/" + index);
                }
            }
        }
    }

    /**
     * Streams are independent in the sense a reader relies on: the Gaussian draws of "init" and of "data"
     * for the same seed, and of restarts 0 and 1, are uncorrelated (|r| &lt; 4/√n, n = 20 000, i.e. 4
     * standard errors), and each stream is standard normal (mean within 4/√n, variance within 4·√(2/n)).
     */
    @Test
    void streamsOfOneSeedAreUncorrelated() {
        int n = 20_000;
        double[][] pairs = {
                draws(Seeds.derive(7, "init"), n), draws(Seeds.derive(7, "data"), n),
                draws(Seeds.derive(7, "init", 0), n), draws(Seeds.derive(7, "init", 1), n),
                draws(Seeds.derive(7, "init"), n), draws(Seeds.derive(8, "init"), n)};
        for (int p = 0; p < pairs.length; p += 2) {
            double r = 0;
            for (int i = 0; i < n; i++) {
                r += pairs[p][i] * pairs[p + 1][i] / n;
            }
            assertTrue(Math.abs(r) < 4 / Math.sqrt(n), "pair " + p / 2 + ": correlation " + r);
        }
        for (double[] stream : pairs) {
            double mean = 0;
            double square = 0;
            for (double z : stream) {
                mean += z / n;
                square += z * z / n;
            }
            assertTrue(Math.abs(mean) < 4 / Math.sqrt(n), "mean " + mean);
            assertTrue(Math.abs(square - 1) < 4 * Math.sqrt(2.0 / n), "second moment " + square);
        }
    }

    /** One bit of input flips about half the output bits (avalanche): mean over 1000 seeds within 32 ± 1. */
    @Test
    void neighbouringSeedsAvalanche() {
        double flipped = 0;
        for (long seed = 0; seed < 1000; seed++) {
            flipped += Long.bitCount(Seeds.derive(seed, "init") ^ Seeds.derive(seed ^ 1, "init")) / 1000.0;
        }
        assertEquals(32, flipped, 1);
    }

    @Test
    void badInputNamesTheParameter() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Seeds.derive(1, "")).getMessage().contains("stream name"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Seeds.derive(1, null, 0)).getMessage().contains("stream name"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Seeds.derive(1, "init", -1)).getMessage().contains("stream index"));
    }

    private static double[] draws(long seed, int n) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] z = new double[n];
        for (int i = 0; i < n; i++) {
            z[i] = random.nextGaussian();
        }
        return z;
    }
}
