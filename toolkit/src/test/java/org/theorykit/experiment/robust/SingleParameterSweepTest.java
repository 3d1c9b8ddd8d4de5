package org.theorykit.experiment.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.theorykit.Median;
import tech.tablesaw.api.Table;

class SingleParameterSweepTest {

    @Test
    void everySeedIsFittedExactlyAndTheMedianIsOverTheSeedsThetas() {
        Table t = SingleParameterSweep.run(new int[] {4, 6}, 3, 5);
        assertEquals(2, t.rowCount());
        assertEquals(3, t.intColumn("fitted").getInt(1));
        assertEquals(0, t.intColumn("wrong_labels").getInt(1));
        double[] thetas = new double[3];
        for (int s = 0; s < 3; s++) {
            thetas[s] = SingleParameterSweep.fit(SingleParameterSweep.Sample.draw(6, 5 + s), 5 + s).theta();
        }
        assertEquals(Median.of(thetas), t.doubleColumn("median_theta").getDouble(1));
        assertEquals(t.doubleColumn("median_theta").getDouble(1), t.doubleColumn("median_lipschitz").getDouble(1));
    }

    @Test
    void badSizesOrSeedsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> SingleParameterSweep.run(new int[0], 3, 1));
        assertThrows(IllegalArgumentException.class, () -> SingleParameterSweep.run(new int[] {0}, 3, 1));
        assertThrows(IllegalArgumentException.class, () -> SingleParameterSweep.run(new int[] {4}, 0, 1));
    }
}
