package org.theorykit.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;

class SweepRunnerTest {

    @TempDir
    Path results;

    @BeforeEach
    void useTemporaryResults() {
        System.setProperty("theorykit.results", results.toString());
    }

    @AfterEach
    void restore() {
        System.clearProperty("theorykit.results");
    }

    /** Squares each point; counts calls; point 3 can be made to block until interrupted. */
    static class Squares implements Experiment {
        final AtomicInteger calls = new AtomicInteger();
        volatile boolean blockOnThree;
        final CountDownLatch threeStarted = new CountDownLatch(1);

        @Override
        public String name() {
            return "squares";
        }

        @Override
        public String description() {
            return "x^2 per point";
        }

        @Override
        public List<Parameter> parameters() {
            return List.of(Parameter.perScale("points", ParameterType.INT, "how many", 3, 6, 9).atLeast(1),
                    Parameter.fixed("seed", ParameterType.LONG, "seed", 11L));
        }

        @Override
        public List<Map<String, Object>> points(Params params) {
            List<Map<String, Object>> points = new ArrayList<>();
            for (int i = 0; i < params.getInt("points"); i++) {
                points.add(Map.of("x", i));
            }
            return points;
        }

        @Override
        public Table runPoint(Params params, Map<String, Object> point) {
            calls.incrementAndGet();
            int x = (Integer) point.get("x");
            if (blockOnThree && x == 3) {
                threeStarted.countDown();
                try {
                    Thread.sleep(60_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return Table.create("r", DoubleColumn.create("square", new double[] {x * x}));
        }
    }

    @Test
    void rowsCarryCoordinatesResultsAndProvenanceInPointOrder() {
        Squares e = new Squares();
        Table t = new SweepRunner(2, true).run(e, Params.resolve(e, Scale.LECTURE, Map.of()));
        assertEquals(List.of("x", "square", "points", "seed", "scale", "toolkit_version", "blas_threads"), t.columnNames());
        assertEquals(6, t.rowCount());
        for (int i = 0; i < 6; i++) {
            assertEquals(i, t.intColumn("x").getInt(i));
            assertEquals(i * i, t.doubleColumn("square").getDouble(i));
            assertEquals(6, t.intColumn("points").getInt(i));
            assertEquals(11L, t.longColumn("seed").getLong(i));
            assertEquals("lecture", t.stringColumn("scale").get(i));
        }
    }

    @Test
    void secondRunReadsTheCacheAndFreshRecomputes() {
        Squares e = new Squares();
        Params p = Params.resolve(e, Scale.SMOKE, Map.of());
        Table first = new SweepRunner(1, true).run(e, p);
        assertEquals(3, e.calls.get());
        Table second = new SweepRunner(1, true).run(e, p);
        assertEquals(3, e.calls.get());
        assertEquals(first.print(), second.print());
        new SweepRunner(1, false).run(e, p);
        assertEquals(6, e.calls.get());
        new SweepRunner(1, true).run(e, Params.resolve(e, Scale.SMOKE, Map.of("seed", 12L)));
        assertEquals(9, e.calls.get(), "other parameters are other cache keys");
    }

    @Test
    void interruptedSweepKeepsFinishedPointsAndResumes() throws Exception {
        Squares e = new Squares();
        e.blockOnThree = true;
        Params p = Params.resolve(e, Scale.LECTURE, Map.of());
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        Thread cell = new Thread(() -> {
            try {
                new SweepRunner(1, true).run(e, p);
            } catch (Throwable t) {
                thrown.set(t);
            }
        });
        cell.start();
        e.threeStarted.await();
        cell.interrupt();
        cell.join(20_000);
        assertFalse(cell.isAlive());
        assertTrue(thrown.get() instanceof SweepInterruptedException, String.valueOf(thrown.get()));
        assertTrue(thrown.get().getMessage().contains("3 of 6 points finished"), thrown.get().getMessage());
        try (var files = Files.list(results.resolve("squares"))) {
            assertEquals(3, files.filter(f -> f.toString().endsWith(".manifest")).count());
        }
        e.blockOnThree = false;
        int before = e.calls.get();
        Table resumed = new SweepRunner(1, true).run(e, p);
        assertEquals(6, resumed.rowCount());
        assertEquals(3, e.calls.get() - before, "only the unfinished points run again");
    }

    @Test
    void failingPointIsReportedWithItsCoordinates() {
        Squares e = new Squares() {
            @Override
            public Table runPoint(Params params, Map<String, Object> point) {
                throw new IllegalArgumentException("boom");
            }
        };
        PointFailedException ex = assertThrows(PointFailedException.class,
                () -> new SweepRunner(1, true).run(e, Params.resolve(e, Scale.SMOKE, Map.of())));
        assertTrue(ex.getMessage().contains("{x=0}") && ex.getMessage().contains("boom"), ex.getMessage());
    }

    @Test
    void damagedCacheEntryIsRecomputedAndNamed() throws Exception {
        Squares e = new Squares();
        Params p = Params.resolve(e, Scale.SMOKE, Map.of());
        Table first = new SweepRunner(1, true).run(e, p);
        Path csv;
        try (var files = Files.list(results.resolve("squares"))) {
            csv = files.filter(f -> f.toString().endsWith(".csv")).sorted().findFirst().orElseThrow();
        }
        Files.writeString(csv, "");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream saved = System.err;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        Table second;
        try {
            second = new SweepRunner(1, true).run(e, p);
        } finally {
            System.setErr(saved);
        }
        assertEquals(4, e.calls.get(), "only the damaged point runs again");
        assertEquals(first.print(), second.print());
        assertTrue(err.toString(StandardCharsets.UTF_8).contains(csv.toString()), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void timingColumnsAreKeptApartSoValuesRepeatExactly() {
        Squares e = new Squares() {
            @Override
            public Set<String> timingColumns() {
                return Set.of("seconds");
            }

            @Override
            public Table runPoint(Params params, Map<String, Object> point) {
                return super.runPoint(params, point).addColumns(DoubleColumn.create("seconds", new double[] {System.nanoTime()}));
            }
        };
        Params p = Params.resolve(e, Scale.SMOKE, Map.of());
        SweepResult first = new SweepRunner(1, false).runWithTimings(e, p);
        SweepResult second = new SweepRunner(1, false).runWithTimings(e, p);
        assertFalse(first.values().containsColumn("seconds"));
        assertEquals(first.values().printAll(), second.values().printAll());
        assertEquals(List.of("x", "seconds"), first.timings().columnNames());
        assertEquals(3, first.timings().rowCount());
        assertTrue(first.timings().doubleColumn("seconds").getDouble(0) != second.timings().doubleColumn("seconds").getDouble(0));
        SweepResult cached = new SweepRunner(1, true).runWithTimings(e, p);
        assertEquals(second.timings().printAll(), cached.timings().printAll(), "timings are cached with the values");
    }

    @Test
    void pointsWithoutADefinedOrderAreRejected() {
        Squares e = new Squares() {
            @Override
            public List<Map<String, Object>> points(Params params) {
                return List.of(new HashMap<>(Map.of("x", 1, "y", 2)));
            }
        };
        IllegalStateException ex = assertThrows(IllegalStateException.class,
                () -> new SweepRunner(1, true).run(e, Params.resolve(e, Scale.SMOKE, Map.of())));
        assertTrue(ex.getMessage().contains("LinkedHashMap"), ex.getMessage());
    }

    @Test
    void listParametersAndResultNameClashesAreRecorded() {
        Squares e = new Squares() {
            @Override
            public List<Parameter> parameters() {
                return List.of(Parameter.fixed("square", ParameterType.INT_LIST, "clashes with a result", List.of(1, 2)),
                        Parameter.fixed("fast", ParameterType.BOOLEAN, "a flag", true));
            }

            @Override
            public List<Map<String, Object>> points(Params params) {
                return List.of(Map.of("x", 2));
            }
        };
        Table t = new SweepRunner(1, false).run(e, Params.resolve(e, Scale.SMOKE, Map.of()));
        assertEquals(List.of("x", "square", "param_square", "fast", "scale", "toolkit_version", "blas_threads"), t.columnNames());
        assertEquals("1,2", t.stringColumn("param_square").get(0));
        assertTrue(t.booleanColumn("fast").get(0));
    }
}
