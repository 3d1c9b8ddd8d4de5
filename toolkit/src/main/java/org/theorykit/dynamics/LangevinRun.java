package org.theorykit.dynamics;

import tech.tablesaw.api.Table;

/**
 * The outcome of a {@link Langevin} simulation.
 *
 * @param status      why it stopped
 * @param message     one line; after DIVERGED it names the step, the time step dt and the particle
 * @param steps       steps taken
 * @param time        steps·dt
 * @param particles   number of particles
 * @param positions   final positions, [coordinate][particle] (non-finite ones after DIVERGED)
 * @param escapeTimes per particle, the first time its basin differed from its starting basin; NaN if it
 *                    had not escaped (or escapes were not tracked, see {@link Langevin#trackEscapes()})
 * @param trace       the traced particles' paths: columns time, particle, x (1-D) or x1..xd
 * @param occupation  per recorded time: column time and the fraction of particles in each basin,
 *                    basin_0, basin_1, …; the last row is the final state
 * @param seconds     wall-clock seconds of the stepping
 */
public record LangevinRun(Status status, String message, long steps, double time, int particles, double[][] positions,
                          double[] escapeTimes, Table trace, Table occupation, double seconds) {

    /** Why a simulation stopped. */
    public enum Status {
        /** All requested steps were taken. */
        COMPLETED,
        /** Every particle had escaped its starting basin (with {@link Langevin#stopWhenAllEscaped()}). */
        ALL_ESCAPED,
        /** The running thread was interrupted (e.g. the Jupyter kernel's interrupt); the flag stays set. */
        INTERRUPTED,
        /** A position became non-finite; see the message. */
        DIVERGED
    }

    /** The fraction of particles in {@code basin} at the end. */
    public double finalOccupation(int basin) {
        if (!occupation.columnNames().contains("basin_" + basin)) {
            throw new IllegalArgumentException("basin must be one of the classifier's 0.." + (occupation.columnCount() - 2)
                    + " (none without basins(...)), got " + basin);
        }
        return occupation.doubleColumn("basin_" + basin).getDouble(occupation.rowCount() - 1);
    }

    /**
     * The standard error of {@link #finalOccupation}, √(p(1 − p)/N): the particles are independent,
     * so their basin indicators are N independent Bernoulli(p) draws.
     */
    public double finalOccupationStandardError(int basin) {
        double p = finalOccupation(basin);
        return Math.sqrt(p * (1 - p) / particles);
    }

    /** The fraction of particles that escaped their starting basin. */
    public double escapedFraction() {
        long escaped = java.util.Arrays.stream(escapeTimes).filter(t -> !Double.isNaN(t)).count();
        return escaped / (double) particles;
    }

    /** Particle-steps per wall-clock second. */
    public double particleStepsPerSecond() {
        return steps * (double) particles / seconds;
    }

    @Override
    public String toString() {
        return status + ": " + message;
    }
}
