package org.theorykit.experiment.compositionality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class SweepSummaryTest {

    /** tree: 3 seeds at budget 100 (test 1, 5, 2 → median 2), 2 seeds at 300 (test 1, 3 → median 2); shallow: 1 seed each. */
    private static Table results() {
        return Table.create("r",
                StringColumn.create("arch", "tree", "tree", "tree", "tree", "tree", "shallow", "shallow"),
                IntColumn.create("budget", 100, 100, 100, 300, 300, 100, 300),
                IntColumn.create("params", 96, 96, 96, 288, 288, 100, 300),
                IntColumn.create("seed", 1, 2, 3, 1, 2, 1, 1),
                DoubleColumn.create("train_mse", 0.5, 0.1, 0.3, 0.2, 0.4, 9, 7),
                DoubleColumn.create("test_mse", 1, 5, 2, 1, 3, 8, 6),
                DoubleColumn.create("test_variance", 4, 4, 4, 4, 4, 4, 4));
    }

    @Test
    void mediansPerArchitectureAndBudgetWithSeedCounts() {
        Table m = SweepSummary.medians(results());
        assertEquals(List.of("arch", "budget", "params", "seeds", "median_train_mse", "median_test_mse",
                "test_mse/variance"), m.columnNames());
        assertEquals(4, m.rowCount());
        Table tree = m.where(m.stringColumn("arch").isEqualTo("tree"));
        assertEquals(List.of(100, 300), tree.intColumn("budget").asList());
        assertEquals(List.of(3, 2), tree.intColumn("seeds").asList());
        assertEquals(List.of(0.3, 0.30000000000000004), tree.doubleColumn("median_train_mse").asList());
        assertEquals(List.of(2.0, 2.0), tree.doubleColumn("median_test_mse").asList());
        assertEquals(List.of(0.5, 0.5), tree.doubleColumn("test_mse/variance").asList());
    }

    @Test
    void ratiosOfMedianTestErrorsByBudget() {
        var ratio = SweepSummary.ratio(results(), "shallow", "tree");
        assertEquals(4.0, ratio.get(100), 1e-15);
        assertEquals(3.0, ratio.get(300), 1e-15);
        assertThrows(IllegalArgumentException.class, () -> SweepSummary.medianTest(results(), "dense"));
    }
}
