package org.theorykit.experiment.langevin;

import java.util.List;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;

/**
 * The flat well's simulated occupation at one temperature next to the exact Boltzmann mass of
 * exp(−U/T) (quadrature) and the Laplace (low-T) share, with the distance between simulation and
 * Boltzmann in standard errors.
 *
 * @param temperature   T
 * @param simulated     fraction of particles in the flat well at the end
 * @param standardError standard error of {@code simulated}
 * @param boltzmann     exact stationary mass of the flat well
 * @param laplace       Laplace's low-temperature share
 */
public record Occupation(double temperature, double simulated, double standardError, double boltzmann, double laplace) {

    /** (simulated − boltzmann) / standard error. */
    public double zScore() {
        return (simulated - boltzmann) / standardError;
    }

    /** The rows in the given order as a table: T, simulated, se, boltzmann, laplace, z_score. */
    public static Table table(String name, List<Occupation> rows) {
        if (rows == null) {
            throw new IllegalArgumentException("rows must not be null");
        }
        return Table.create(name,
                DoubleColumn.create("T", rows.stream().mapToDouble(Occupation::temperature).toArray()),
                DoubleColumn.create("simulated", rows.stream().mapToDouble(Occupation::simulated).toArray()),
                DoubleColumn.create("se", rows.stream().mapToDouble(Occupation::standardError).toArray()),
                DoubleColumn.create("boltzmann", rows.stream().mapToDouble(Occupation::boltzmann).toArray()),
                DoubleColumn.create("laplace", rows.stream().mapToDouble(Occupation::laplace).toArray()),
                DoubleColumn.create("z_score", rows.stream().mapToDouble(Occupation::zScore).toArray()));
    }
}
