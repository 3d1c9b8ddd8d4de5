package org.theorykit.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class SinglePointTest {

    /** One tour point equals the sweep's row at that point (the sweep adds provenance columns, compared by name). */
    @Test
    void onePointGivesTheSweepsRowsAtThatPoint() {
        Map<String, Object> overrides = Map.of("seeds", 2);
        Experiment tour = Experiments.get("tour");
        Params params = Params.resolve(tour, Scale.SMOKE, overrides);
        Map<String, Object> second = tour.points(params).get(1);
        Map<String, Object> asInts = new java.util.HashMap<>();
        second.forEach((k, v) -> asInts.put(k, v instanceof Long l ? (Object) l.intValue() : v));
        Table one = SinglePoint.run("tour", Scale.SMOKE, overrides, asInts);
        Table direct = tour.runPoint(params, second);
        assertEquals(direct.rowCount(), one.rowCount());
        for (String column : direct.columnNames()) {
            assertEquals(direct.column(column).asList(), one.column(column).asList(), column);
        }
        for (String coordinate : second.keySet()) {
            assertEquals(second.get(coordinate), one.column(coordinate).get(0), coordinate);
        }
    }

    @Test
    void wrongCoordinatesAreNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SinglePoint.run("tour", Scale.SMOKE, Map.of(), Map.of("sed", 1)));
        assertTrue(e.getMessage().contains("exactly the coordinates"), e.getMessage());
    }
}
