package org.theorykit.dynamics;

import org.theorykit.Arguments;
import java.util.function.DoubleToIntFunction;
import java.util.function.ToIntFunction;

/**
 * Overdamped Langevin dynamics dX = −∇U(X) dt + √(2T) dW for many independent particles, by the
 * Euler–Maruyama scheme X ← X − ∇U(X)·dt + √(2T·dt)·ξ, ξ ~ N(0, I) (Kloeden &amp; Platen 1992, §9.1).
 * Its stationary law is exp(−U/T)/Z up to an O(dt) bias: for U = kx²/2 the chain's stationary
 * variance is T/(k(1 − k·dt/2)) instead of T/k. Poggio et al. (Theory IIb, arXiv:1801.02254) use
 * this picture for SGD; {@link #minibatch} swaps the Gaussian noise for the noise of minibatch
 * gradients of a finite sum, so the two can be compared.
 *
 * <pre>{@code
 * DoubleWell wells = Potentials.equalWells(1, 9, 1);
 * LangevinRun run = Langevin.of(wells.potential()).temperature(0.3).timeStep(0.005).particles(10_000)
 *         .seed(1).start(0).basins(wells.basins(), 2).recordEvery(100).run(20_000);
 * run.finalOccupation(0);                      // fraction in the flat well
 * Boltzmann.masses(wells, 0.3).mass(0);        // what exp(−U/T) predicts
 * }</pre>
 *
 * Positions are kept as structure-of-arrays (one double[] per coordinate), particle i's random
 * numbers come from one {@link java.util.SplittableRandom} seeded by {@link #seed}, so the same
 * settings and seed give the same paths. The loop checks the thread's interrupt flag every step.
 */
public final class Langevin {

    final Potential1D potential1D;
    final Potential potential;
    final int dimension;
    double temperature = 1;
    double timeStep = 1e-3;
    int particles = 1000;
    long seed = 1;
    double[][] start;
    DoubleToIntFunction basin1D;
    ToIntFunction<double[]> basin;
    int basinCount;
    int recordEvery = 100;
    int traced = 10;
    boolean trackEscapes;
    boolean stopWhenAllEscaped;
    FiniteSum1D finiteSum;
    int batchSize;

    private Langevin(Potential1D potential1D, Potential potential, int dimension) {
        this.potential1D = potential1D;
        this.potential = potential;
        this.dimension = dimension;
    }

    /** Dynamics on a 1-D potential (the fast path). */
    public static Langevin of(Potential1D potential) {
        return new Langevin(Arguments.notNull("potential", potential), null, 1);
    }

    /** Dynamics on a d-dimensional potential. */
    public static Langevin of(Potential potential) {
        Arguments.notNull("potential", potential);
        return new Langevin(null, potential, potential.dimension());
    }

    /**
     * SGD-style dynamics on U = (1/n)Σ Uᵢ: X ← X − dt·(1/B)Σ_{i∈batch} Uᵢ'(X) + √(2T·dt)·ξ with a
     * batch of B indices drawn uniformly with replacement, per particle and step. With T = 0 the
     * only noise is the minibatch's.
     */
    public static Langevin minibatch(FiniteSum1D sum, int batchSize) {
        Arguments.notNull("sum", sum);
        Arguments.atLeast("batchSize", batchSize, 1);
        Langevin langevin = new Langevin(sum.asPotential(), null, 1);
        langevin.finiteSum = sum;
        langevin.batchSize = batchSize;
        return langevin;
    }

    /** T ≥ 0 (default 1). */
    public Langevin temperature(double temperature) {
        this.temperature = Arguments.nonNegativeFinite("temperature", temperature);
        return this;
    }

    /** dt &gt; 0 (default 1e-3). */
    public Langevin timeStep(double dt) {
        this.timeStep = Arguments.positiveFinite("dt", dt);
        return this;
    }

    /** Number of independent particles, ≥ 1 (default 1000). */
    public Langevin particles(int count) {
        this.particles = (int) Arguments.atLeast("particles", count, 1);
        return this;
    }

    /** The random seed (default 1). */
    public Langevin seed(long seed) {
        this.seed = seed;
        return this;
    }

    /** Every particle starts at {@code point} (length d; default the origin). */
    public Langevin start(double... point) {
        if (point == null || point.length != dimension) {
            throw new IllegalArgumentException("start point must have length " + dimension + " (the dimension), got "
                    + (point == null ? "null" : "length " + point.length));
        }
        double[][] positions = new double[dimension][];
        for (int j = 0; j < dimension; j++) {
            Arguments.finite("start[" + j + "]", point[j]);
            positions[j] = new double[] {point[j]};
        }
        this.start = positions;
        return this;
    }

    /** Particle i starts at (positions[0][i], …, positions[d−1][i]); sets the particle count. */
    public Langevin startAt(double[][] positions) {
        if (positions == null || positions.length != dimension) {
            throw new IllegalArgumentException("positions must have " + dimension + " rows (one per coordinate), got "
                    + (positions == null ? "null" : positions.length));
        }
        int n = positions[0] == null ? 0 : positions[0].length;
        Arguments.atLeast("particles (positions[0].length)", n, 1);
        double[][] copy = new double[dimension][];
        for (int j = 0; j < dimension; j++) {
            if (positions[j] == null || positions[j].length != n) {
                throw new IllegalArgumentException("positions[" + j + "] must have length " + n + " like positions[0], got "
                        + (positions[j] == null ? "null" : "length " + positions[j].length));
            }
            for (int i = 0; i < n; i++) {
                Arguments.finite("positions[" + j + "][" + i + "]", positions[j][i]);
            }
            copy[j] = positions[j].clone();
        }
        this.start = copy;
        this.particles = n;
        return this;
    }

    /** A 1-D basin classifier x ↦ index in [0, count), for occupations and escape times. */
    public Langevin basins(DoubleToIntFunction classifier, int count) {
        if (dimension != 1) {
            throw new IllegalArgumentException("a 1-D classifier needs a 1-D potential, got dimension " + dimension);
        }
        this.basin1D = Arguments.notNull("classifier", classifier);
        this.basinCount = (int) Arguments.atLeast("basin count", count, 1);
        return this;
    }

    /** A basin classifier x ↦ index in [0, count) on R^d (given a scratch array it must not keep). */
    public Langevin basinsOfPoints(ToIntFunction<double[]> classifier, int count) {
        this.basin = Arguments.notNull("classifier", classifier);
        this.basinCount = (int) Arguments.atLeast("basin count", count, 1);
        return this;
    }

    /** Records the occupation and the traced paths every {@code steps} steps (default 100), and at the end. */
    public Langevin recordEvery(int steps) {
        this.recordEvery = (int) Arguments.atLeast("recordEvery", steps, 1);
        return this;
    }

    /** How many particles' paths to record (default 10, at most the particle count). */
    public Langevin trace(int count) {
        this.traced = (int) Arguments.atLeast("traced particles", count, 0);
        return this;
    }

    /**
     * Records each particle's first exit time from its starting basin (needs {@code basins(...)});
     * costs one classification per particle and step until it has left.
     */
    public Langevin trackEscapes() {
        this.trackEscapes = true;
        return this;
    }

    /** Tracks escapes and stops as soon as every particle has left its starting basin. */
    public Langevin stopWhenAllEscaped() {
        this.trackEscapes = true;
        this.stopWhenAllEscaped = true;
        return this;
    }

    /** Runs {@code steps} steps (fewer after an interrupt, a divergence or when all escaped). */
    public LangevinRun run(long steps) {
        Arguments.atLeast("steps", steps, 0);
        if (trackEscapes && basinCount == 0) {
            throw new IllegalArgumentException("escape times need a basin classifier; call basins(...) or basinsOfPoints(...) first");
        }
        return new LangevinLoop(this).run(steps);
    }
}
