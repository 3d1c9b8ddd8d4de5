package org.theorykit.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class TablesTest {

    /** arch × budget × seed → mse, with budget 200 missing for "dense". */
    private static Table results() {
        return Table.create("sweep",
                StringColumn.create("arch", "tree", "tree", "tree", "tree", "dense", "dense"),
                IntColumn.create("budget", 100, 100, 200, 200, 100, 100),
                LongColumn.create("seed", 1, 2, 1, 2, 1, 2),
                DoubleColumn.create("mse", 4, 2, 1, 0.5, 9, 7));
    }

    @Test
    void valueAtCoordinatesMatchesNumbersOfAnyType() {
        assertEquals(0.5, Tables.value(results(), "mse", "arch", "tree", "budget", 200, "seed", 2));
        assertEquals(0.5, Tables.value(results(), "mse", "arch", "tree", "budget", 200.0, "seed", 2L));
        assertEquals(2, Tables.where(results(), "arch", "dense").rowCount());
    }

    @Test
    void errorsNameTheMissingCoordinateOrTheAmbiguity() {
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
                () -> Tables.value(results(), "mse", "arch", "dense", "budget", 200, "seed", 1));
        assertTrue(missing.getMessage().contains("budget = 200") && missing.getMessage().contains("arch = dense")
                && missing.getMessage().contains("[100]"), missing.getMessage());
        IllegalArgumentException ambiguous = assertThrows(IllegalArgumentException.class,
                () -> Tables.value(results(), "mse", "arch", "tree"));
        assertTrue(ambiguous.getMessage().startsWith("4 rows"), ambiguous.getMessage());
        IllegalArgumentException column = assertThrows(IllegalArgumentException.class,
                () -> Tables.value(results(), "test_mse", "arch", "tree"));
        assertTrue(column.getMessage().contains("no column 'test_mse'"), column.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Tables.where(results(), "arch"));
        assertThrows(IllegalArgumentException.class, () -> Tables.value(results(), "arch", "seed", 1));
    }

    @Test
    void pivotHoldsTheMedianPerCellAndNaNWhereNoRowIs() {
        Table pivot = Tables.pivot(results(), "budget", "arch", "mse");
        assertEquals(2, pivot.rowCount());
        assertEquals("100", pivot.stringColumn("budget").get(0));
        assertEquals(3, pivot.doubleColumn("tree").getDouble(0));      // median of 4 and 2
        assertEquals(0.75, pivot.doubleColumn("tree").getDouble(1));   // median of 1 and 0.5
        assertEquals(8, pivot.doubleColumn("dense").getDouble(0));
        assertTrue(Double.isNaN(pivot.doubleColumn("dense").getDouble(1)));
    }

    @Test
    void mediansByGroupKeepTheKeyTypesAndCount() {
        Table medians = Tables.medians(results(), "mse", "arch", "budget");
        assertEquals(3, medians.rowCount());
        assertEquals(200, medians.intColumn("budget").getInt(1));
        assertEquals(0.75, medians.doubleColumn("median_mse").getDouble(1));
        assertEquals(2, medians.intColumn("count").getInt(2));
        assertEquals(8, medians.doubleColumn("median_mse").getDouble(2));
        assertEquals(2, Tables.medians(results(), "mse", "seed").doubleColumn("median_mse").getDouble(1)); // median of 2, 0.5, 7
    }

    @Test
    void mediansOfSeveralMetricsComeInTheOrderGivenAfterTheCount() {
        Table results = results().addColumns(DoubleColumn.create("seconds", 1, 3, 5, 7, 9, 11));
        Table medians = Tables.medians(results, java.util.List.of("seconds", "mse"), "arch");
        assertEquals(java.util.List.of("arch", "count", "median_seconds", "median_mse"), medians.columnNames());
        assertEquals(4, medians.doubleColumn("median_seconds").getDouble(0));   // median of 1, 3, 5, 7
        assertEquals(1.5, medians.doubleColumn("median_mse").getDouble(0));     // median of 4, 2, 1, 0.5
        assertEquals(10, medians.doubleColumn("median_seconds").getDouble(1));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Tables.medians(results, java.util.List.of("mse", "arch"), "seed"));
        assertTrue(e.getMessage().contains("'arch'") && e.getMessage().contains("numeric"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Tables.medians(results, java.util.List.of(), "arch"));
    }
}
