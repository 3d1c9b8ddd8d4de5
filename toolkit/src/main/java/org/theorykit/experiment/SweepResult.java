package org.theorykit.experiment;

import tech.tablesaw.api.Table;

/**
 * What a sweep returns: the value rows (coordinates, results, parameters, provenance; the same for
 * the same parameters and seeds, byte for byte) and the timing rows (coordinates and the
 * experiment's wall-clock columns, which differ from run to run), both in point order.
 */
public record SweepResult(Table values, Table timings) {
}
