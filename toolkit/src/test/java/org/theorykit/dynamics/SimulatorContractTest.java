package org.theorykit.dynamics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import tech.tablesaw.api.Table;

/** Reproducibility, recording, bad input, divergence and interrupt handling of {@link Langevin}. */
class SimulatorContractTest {

    private final DoubleWell wells = Potentials.equalWells(1, 9, 1);

    private static void assertRejected(Executable call, String... fragments) {
        String message = assertThrows(IllegalArgumentException.class, call).getMessage();
        for (String fragment : fragments) {
            assertTrue(message.contains(fragment), () -> "'" + message + "' lacks '" + fragment + "'");
        }
    }

    private LangevinRun run1D(long seed) {
        return Langevin.of(wells.potential()).temperature(0.4).timeStep(0.01).particles(50).seed(seed)
                .start(wells.minima()[0]).basins(wells.basins(), 2).trackEscapes().recordEvery(7).trace(3).run(100);
    }

    @Test
    void theSameSeedGivesTheSamePathsAndAnotherSeedDoesNot() {
        LangevinRun first = run1D(9);
        LangevinRun second = run1D(9);
        assertArrayEquals(first.positions()[0], second.positions()[0]);
        assertArrayEquals(first.escapeTimes(), second.escapeTimes());
        assertEquals(first.trace().print(1000), second.trace().print(1000));
        assertFalse(java.util.Arrays.equals(first.positions()[0], run1D(10).positions()[0]));
        DoubleWell2D wells2D = Potentials.twoWells2D(1, 4, 1, 1, 9);
        double[][] a = Langevin.of(wells2D.potential()).particles(20).seed(3).run(50).positions();
        double[][] b = Langevin.of(wells2D.potential()).particles(20).seed(3).run(50).positions();
        assertArrayEquals(a[1], b[1]);
        FiniteSum1D sum = FiniteSum1D.shiftedCopies(Potentials.quadratic(1), -1, 0, 1);
        assertArrayEquals(Langevin.minibatch(sum, 1).particles(20).seed(4).run(50).positions()[0],
                Langevin.minibatch(sum, 1).particles(20).seed(4).run(50).positions()[0]);
    }

    @Test
    void recordsTheSubsampledTraceAndOccupationIncludingTheFinalState() {
        LangevinRun run = run1D(9);
        assertEquals(LangevinRun.Status.COMPLETED, run.status());
        assertEquals(100, run.steps());
        assertEquals(1.0, run.time(), 1e-12);
        // times 0, 7, ..., 98 and the final 100: 16 records
        assertEquals(16, run.occupation().rowCount());
        assertEquals(16 * 3, run.trace().rowCount());
        assertEquals(1.0, run.occupation().doubleColumn("time").getDouble(15), 1e-12);
        assertEquals(1.0, run.occupation().doubleColumn("basin_0").getDouble(0));
        double fraction = java.util.Arrays.stream(run.positions()[0]).filter(x -> x < wells.saddle()).count() / 50.0;
        assertEquals(fraction, run.finalOccupation(0));
        assertEquals(run.positions()[0][2], run.trace().doubleColumn("x").getDouble(16 * 3 - 1));
    }

    /** An escape time is the first step's time at which the particle is outside its starting basin (NaN: never). */
    @Test
    void escapeTimesAreTheFirstStepsOutsideTheStartingBasin() {
        LangevinRun run = Langevin.of(wells.potential()).temperature(1).timeStep(0.01).particles(50).seed(9)
                .start(wells.minima()[0]).basins(wells.basins(), 2).trackEscapes().recordEvery(1).trace(50).run(1000);
        Table trace = run.trace();
        int escaped = 0;
        for (int i = 0; i < 50; i++) {
            double expected = Double.NaN;
            for (int r = 0; r < trace.rowCount(); r++) {
                if (trace.intColumn("particle").getInt(r) == i && trace.doubleColumn("x").getDouble(r) >= wells.saddle()) {
                    expected = trace.doubleColumn("time").getDouble(r);
                    break;
                }
            }
            assertEquals(expected, run.escapeTimes()[i], 1e-12, "particle " + i);
            escaped += Double.isNaN(expected) ? 0 : 1;
        }
        assertTrue(escaped > 0 && escaped < 50, "some particles escape and some do not: " + escaped);
    }

    @Test
    void badInputIsNamedWithItsValueAndRange() {
        Langevin langevin = Langevin.of(wells.potential());
        assertRejected(() -> langevin.timeStep(0), "dt", "0.0", "> 0");
        assertRejected(() -> langevin.timeStep(-1e-3), "dt", "-0.001");
        assertRejected(() -> langevin.timeStep(Double.NaN), "dt", "NaN");
        assertRejected(() -> langevin.temperature(-0.5), "temperature", "-0.5", ">= 0");
        assertRejected(() -> langevin.temperature(Double.POSITIVE_INFINITY), "temperature", "Infinity", "finite");
        assertRejected(() -> langevin.particles(0), "particles", "0", ">= 1");
        assertRejected(() -> langevin.start(0, 1), "start point", "length 1", "length 2");
        assertRejected(() -> langevin.start(Double.NaN), "start[0]", "NaN");
        assertRejected(() -> langevin.startAt(new double[][] {{1, 2}, {3, 4}}), "positions", "1 rows", "2");
        assertRejected(() -> Langevin.of(Potentials.twoWells2D(1, 4, 1, 1, 9).potential()).start(1),
                "start point", "length 2", "length 1");
        assertRejected(() -> Potentials.twoWells2D(1, 4, 1, 1, 9).potential().at(1.0), "x", "length 2", "length 1");
        assertRejected(() -> langevin.basins(x -> 0, 0), "basin count", ">= 1", "0");
        assertRejected(() -> langevin.run(-1), "steps", ">= 0", "-1");
        assertRejected(() -> Langevin.of(wells.potential()).trackEscapes().run(10), "basin classifier");
        assertRejected(() -> Langevin.of(wells.potential()).particles(5).basins(x -> 7, 2).run(1), "returned 7", "0..1");
        assertRejected(() -> Langevin.minibatch(FiniteSum1D.shiftedCopies(wells.potential(), 0), 0), "batchSize", ">= 1");
        assertRejected(() -> Potentials.equalWells(0, 1, 1), "flatCurvature", "0.0", "> 0");
        assertRejected(() -> Potentials.equalWells(1, 1e7, 1), "sharpCurvature/flatCurvature", "[1e-6, 1e6]", "1.0E7");
        assertRejected(() -> Boltzmann.masses(wells, 0), "temperature", "> 0");
        assertRejected(() -> Boltzmann.masses(wells.potential(), 1, 1, 0), "edges", "increasing");
        assertRejected(() -> Kramers.rate(1, 0, 1, 1), "saddleCurvature", "non-zero");
        assertRejected(() -> Langevin.of(wells.potential()).particles(2).run(1).finalOccupation(0), "basin", "none");
    }

    @Test
    void aDivergingRunStopsWithTheStepAndTimeStep() {
        Potential1D quartic = new Potential1D("x⁴", x -> x * x * x * x, x -> 4 * x * x * x);
        LangevinRun run = Langevin.of(quartic).temperature(0.1).timeStep(0.1).particles(10).start(3).run(1000);
        assertEquals(LangevinRun.Status.DIVERGED, run.status());
        assertTrue(run.message().contains("step ") && run.message().contains("dt = 0.1"), run.message());
        assertTrue(run.steps() < 20, "stopped at step " + run.steps());
        Potential gradientBlowUp = new Potential("x⁴ + y⁴", 2, p -> Math.pow(p[0], 4) + Math.pow(p[1], 4),
                (p, g) -> {
                    g[0] = 4 * Math.pow(p[0], 3);
                    g[1] = 4 * Math.pow(p[1], 3);
                });
        LangevinRun run2 = Langevin.of(gradientBlowUp).timeStep(0.1).particles(3).start(0, 3).run(1000);
        assertEquals(LangevinRun.Status.DIVERGED, run2.status());
        assertTrue(run2.message().contains("dt = 0.1") && run2.message().contains("particle 0"), run2.message());
    }

    @Test
    void anInterruptStopsTheRunAndStaysSet() {
        Thread.currentThread().interrupt();
        try {
            LangevinRun run = Langevin.of(wells.potential()).particles(10).basins(wells.basins(), 2).run(1_000_000);
            assertEquals(LangevinRun.Status.INTERRUPTED, run.status());
            assertEquals(0, run.steps());
            assertTrue(Thread.currentThread().isInterrupted());
        } finally {
            Thread.interrupted();
        }
    }
}
