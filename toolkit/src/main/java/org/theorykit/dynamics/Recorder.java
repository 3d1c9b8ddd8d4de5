package org.theorykit.dynamics;

import java.util.function.IntUnaryOperator;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;

/** Collects the subsampled paths of the first particles and the basin occupation over time. */
final class Recorder {

    private final int traced;
    private final int basins;
    private final DoubleColumn traceTime = DoubleColumn.create("time");
    private final IntColumn traceParticle = IntColumn.create("particle");
    private final DoubleColumn[] coordinates;
    private final DoubleColumn occupationTime = DoubleColumn.create("time");
    private final DoubleColumn[] fractions;
    private final long[] counts;

    Recorder(int dimension, int traced, int basins) {
        this.traced = traced;
        this.basins = basins;
        this.coordinates = new DoubleColumn[dimension];
        for (int j = 0; j < dimension; j++) {
            coordinates[j] = DoubleColumn.create(dimension == 1 ? "x" : "x" + (j + 1));
        }
        this.fractions = new DoubleColumn[basins];
        for (int b = 0; b < basins; b++) {
            fractions[b] = DoubleColumn.create("basin_" + b);
        }
        this.counts = new long[basins];
    }

    void record(double time, double[][] x, IntUnaryOperator basinOf) {
        for (int i = 0; i < traced; i++) {
            traceTime.append(time);
            traceParticle.append(i);
            for (int j = 0; j < coordinates.length; j++) {
                coordinates[j].append(x[j][i]);
            }
        }
        if (basins == 0) {
            return;
        }
        java.util.Arrays.fill(counts, 0);
        int n = x[0].length;
        for (int i = 0; i < n; i++) {
            counts[basinOf.applyAsInt(i)]++;
        }
        occupationTime.append(time);
        for (int b = 0; b < basins; b++) {
            fractions[b].append(counts[b] / (double) n);
        }
    }

    Table trace() {
        Table table = Table.create("trace", traceTime, traceParticle);
        table.addColumns(coordinates);
        return table;
    }

    Table occupation() {
        Table table = Table.create("occupation", occupationTime);
        table.addColumns(fractions);
        return table;
    }
}
