package org.theorykit.experiment.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class RobustnessSummaryTest {

    @Test
    void perDataSetFindsTheSmallestAndLargestInterpolatingWidthsAndTheirDrop() {
        Table s = RobustnessSummary.perDataSet(SweepTables.twoSeeds());
        assertEquals(2, s.rowCount());
        assertEquals(1L, s.longColumn("seed").get(0));
        assertEquals(10, s.doubleColumn("smallest_interpolating_k").getDouble(0));   // k = 5 did not interpolate
        assertEquals(1.0, s.doubleColumn("k_over_n_over_d").getDouble(0), 1e-12);
        assertEquals(12.0 / 5, s.doubleColumn("drop").getDouble(0), 1e-12);
        assertEquals(5, s.doubleColumn("smoothest_net").getDouble(0));
        assertEquals(3, s.doubleColumn("bump_tent").getDouble(0));
        assertEquals(6.51, s.doubleColumn("bump_smooth").getDouble(0));
        assertEquals(0.5, s.doubleColumn("k_over_n_over_d").getDouble(1), 1e-12);
        assertEquals(12000, s.doubleColumn("p_largest").getDouble(1));
    }

    @Test
    void predictedDropIsTheRatioOfTheEnvelopeOfLawAndFloor() {
        Table s = RobustnessSummary.perDataSet(SweepTables.twoSeeds());
        // seed 1: the floor 3 is above the law at both ends, so the envelope predicts no drop
        assertEquals(1.0, s.doubleColumn("predicted_drop").getDouble(0), 1e-12);
        // seed 2: the law sqrt(1000/60) binds at k = 5, the floor 2 at k = 1000
        assertEquals(Math.sqrt(1000 / 60.0), s.doubleColumn("envelope_at_smallest").getDouble(1), 1e-12);
        assertEquals(2, s.doubleColumn("envelope_at_largest").getDouble(1), 1e-12);
        assertEquals(Math.sqrt(1000 / 60.0) / 2, s.doubleColumn("predicted_drop").getDouble(1), 1e-12);
        // what the bounds force on the measured drop: E(p_s) / Lip(p_l)
        assertEquals(3.0 / 5, s.doubleColumn("forced_drop").getDouble(0), 1e-12);
        assertEquals(Math.sqrt(1000 / 60.0) / 4, s.doubleColumn("forced_drop").getDouble(1), 1e-12);
        assertEquals(Math.sqrt(1000 / 60.0), RobustnessSummary.envelope(Math.sqrt(1000 / 60.0), 2), 0);
        assertThrows(IllegalArgumentException.class, () -> RobustnessSummary.envelope(Double.NaN, 2));
    }

    @Test
    void aDataSetWithoutInterpolatingNetsHasNaNNetColumnsAndIsSkippedByTheMedians() {
        Table sweep = SweepTables.twoSeeds();
        SweepTables.add(sweep, 10, 3, "shallow", 5, "max_epochs", 100, 30, 90, 4);
        SweepTables.add(sweep, 10, 3, "bump", 0, "exact", 100, 4, 4, 4);
        Table s = RobustnessSummary.perDataSet(sweep);
        assertTrue(Double.isNaN(s.doubleColumn("drop").getDouble(2)));
        assertEquals(4, s.doubleColumn("floor").getDouble(2));
        Table perD = RobustnessSummary.perDimension(sweep);
        assertEquals(1, perD.rowCount());
        assertEquals(3, perD.doubleColumn("floor").getDouble(0));                 // median of 3, 2, 4
        assertEquals((12.0 / 5 + 5) / 2, perD.doubleColumn("drop").getDouble(0), 1e-12);   // seeds 1 and 2 only
        assertEquals(7.5, perD.doubleColumn("smallest_interpolating_k").getDouble(0));
    }

    @Test
    void aTableThatIsNotASweepIsRefusedByName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RobustnessSummary.perDataSet(SweepTables.twoSeeds().removeColumns("floor")));
        assertTrue(e.getMessage().contains("'floor'"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> RobustnessSummary.perDataSet(null));
    }
}
