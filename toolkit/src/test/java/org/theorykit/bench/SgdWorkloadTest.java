package org.theorykit.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The SGD workloads train (one epoch lowers the full-data loss) and every run does the same work
 * (same final θ); workloads C and D take seconds per run and are exercised by the harness, their
 * kernels by the nn tests.
 */
class SgdWorkloadTest {

    @Test
    void shallowEpochTrainsAndRepeatsExactly() {
        ShallowSgdEpochWorkload a = new ShallowSgdEpochWorkload();
        a.setUp();
        a.run();
        double[] first = a.lossBeforeAndAfter();
        a.run();
        assertArrayEquals(first, a.lossBeforeAndAfter(), 0.0);
        assertTrue(first[1] < 0.9 * first[0], "loss before, after: " + first[0] + ", " + first[1]);
    }

    /** Both kernels of A do the same epoch (to rounding), and the switch is off again after set-up. */
    @Test
    void shallowEpochWithoutVectorApiMatches() {
        ShallowSgdEpochWorkload a = new ShallowSgdEpochWorkload();
        ShallowSgdEpochWorkload plain = ShallowSgdEpochWorkload.withoutVectorApi();
        a.setUp();
        plain.setUp();
        assertNull(System.getProperty("theorykit.vectorApi"));
        a.run();
        plain.run();
        double[] expected = a.lossBeforeAndAfter();
        double[] actual = plain.lossBeforeAndAfter();
        assertEquals(expected[0], actual[0], 1e-12 * expected[0]);
        assertEquals(expected[1], actual[1], 1e-9 * expected[1]);
        // The kernels sum in different orders, so bit-identical losses after 938 steps would mean that
        // set-up ignored the switch and both ran the same kernel.
        assertNotEquals(expected[1], actual[1], "both workloads ran the same kernel");
        assertNotEquals(a.name(), plain.name());
    }

    @Test
    void treeEpochTrains() {
        TreeSgdEpochWorkload b = new TreeSgdEpochWorkload();
        b.setUp();
        b.run();
        double[] losses = b.lossBeforeAndAfter();
        assertTrue(losses[1] < 0.9 * losses[0], "loss before, after: " + losses[0] + ", " + losses[1]);
    }
}
