package org.theorykit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;

class MedianTest {

    @Test
    void oddTakesTheMiddleEvenAveragesTheMiddlePair() {
        assertEquals(2, Median.of(3, 1, 2));
        assertEquals(2.5, Median.of(4, 1, 3, 2));
        assertEquals(7, Median.of(7));
        assertEquals(1.5, Median.ofSorted(new double[] {1, 2}));
    }

    @Test
    void agreesWithTablesawsMedianAndLeavesItsInputAlone() {
        double[] values = {5, -1, 9, 3.5, 2, 8};
        double[] copy = values.clone();
        assertEquals(DoubleColumn.create("v", values).median(), Median.of(values));
        assertArrayEquals(copy, values);
    }

    @Test
    void badInputNamesTheProblem() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Median.of()).getMessage().contains("empty"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Median.of(1, Double.NaN)).getMessage().contains("NaN"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Median.ofSorted(new double[] {2, 1}))
                .getMessage().contains("ascending"));
    }
}
