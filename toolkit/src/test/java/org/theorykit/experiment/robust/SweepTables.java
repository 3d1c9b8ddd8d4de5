package org.theorykit.experiment.robust;

import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** Small hand-made robustness-law tables for the tests of the summaries and charts. */
final class SweepTables {

    private SweepTables() {
    }

    static Table empty() {
        return Table.create("robustness-law", IntColumn.create("d"), LongColumn.create("seed"), StringColumn.create("model"),
                IntColumn.create("k"), StringColumn.create("status"), DoubleColumn.create("n"), DoubleColumn.create("p"),
                DoubleColumn.create("lip_lower"), DoubleColumn.create("lip_upper"), DoubleColumn.create("floor"),
                DoubleColumn.create("law_informal_intrinsic"), DoubleColumn.create("intrinsic_dim"),
                DoubleColumn.create("flip_median"));
    }

    /** Adds one row; law_informal_intrinsic is sqrt(n d / p) with the row's own numbers, p = k(d+2) for nets, n(d+1) for bumps. */
    static void add(Table t, int d, long seed, String model, int k, String status, int n, double lipLower, double lipUpper,
                    double floor) {
        double p = k == 0 ? n * (d + 1.0) : k * (d + 2.0);
        t.intColumn("d").append(d);
        t.longColumn("seed").append(seed);
        t.stringColumn("model").append(model);
        t.intColumn("k").append(k);
        t.stringColumn("status").append(status);
        t.doubleColumn("n").append(n);
        t.doubleColumn("p").append(p);
        t.doubleColumn("lip_lower").append(lipLower);
        t.doubleColumn("lip_upper").append(lipUpper);
        t.doubleColumn("floor").append(floor);
        t.doubleColumn("law_informal_intrinsic").append(Math.sqrt(n * (double) d / p));
        t.doubleColumn("intrinsic_dim").append(d);
        t.doubleColumn("flip_median").append(1 / lipLower);
    }

    /**
     * d = 10, n = 100 (threshold n/d = 10), two seeds. Seed 1: k = 5 stalls, k = 10, 20 and 1000 interpolate
     * with Lip 12, 8, 5, floor 3 (law at k = 10: sqrt(1000/120) = 2.89 < 3, so the floor binds at both ends).
     * Seed 2: k = 5 interpolates with Lip 20 (law sqrt(1000/60) = 4.08 > floor 2), k = 1000 with Lip 4.
     * Bumps: tent = floor, C∞ = 2.17 floor.
     */
    static Table twoSeeds() {
        Table t = empty();
        add(t, 10, 1, "shallow", 5, "max_epochs", 100, 30, 90, 3);
        add(t, 10, 1, "shallow", 10, "interpolated", 100, 12, 40, 3);
        add(t, 10, 1, "shallow", 20, "interpolated", 100, 8, 30, 3);
        add(t, 10, 1, "shallow", 1000, "interpolated", 100, 5, 50, 3);
        add(t, 10, 1, "bump", 0, "exact", 100, 3, 3, 3);
        add(t, 10, 1, "bump_smooth", 0, "exact", 100, 6.51, 6.51, 3);
        add(t, 10, 2, "shallow", 5, "interpolated", 100, 20, 60, 2);
        add(t, 10, 2, "shallow", 1000, "interpolated", 100, 4, 40, 2);
        add(t, 10, 2, "bump", 0, "exact", 100, 2, 2, 2);
        add(t, 10, 2, "bump_smooth", 0, "exact", 100, 4.34, 4.34, 2);
        return t;
    }
}
