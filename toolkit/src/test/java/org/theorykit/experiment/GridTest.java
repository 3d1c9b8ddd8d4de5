package org.theorykit.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.theorykit.BadInput.assertMessage;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The full-factorial grid: every combination once, the first axis slowest, coordinates in axis order. */
class GridTest {

    @Test
    void everyCombinationOnceWithTheFirstAxisSlowest() {
        List<Map<String, Object>> points = Grid.of("seed", List.of(1L, 2L)).by("width", List.of(8, 16, 32))
                .by("model", List.of("a", "b")).points();
        assertEquals(12, points.size());
        assertEquals(Map.of("seed", 1L, "width", 8, "model", "a"), points.get(0));
        assertEquals(Map.of("seed", 1L, "width", 8, "model", "b"), points.get(1));
        assertEquals(Map.of("seed", 1L, "width", 16, "model", "a"), points.get(2));
        assertEquals(Map.of("seed", 2L, "width", 32, "model", "b"), points.get(11));
        assertEquals(12, points.stream().distinct().count());
        for (Map<String, Object> point : points) {
            assertEquals(List.of("seed", "width", "model"), new ArrayList<>(point.keySet()));
        }
    }

    @Test
    void seedsRunFromTheFirstSeed() {
        Experiment tour = Experiments.get("tour");
        Params params = Params.resolve(tour, Scale.SMOKE, Map.of("seed", 7L, "seeds", 3));
        assertEquals(List.of(7L, 8L, 9L), params.seeds());
        assertEquals(List.of(Map.of("seed", 7L), Map.of("seed", 8L), Map.of("seed", 9L)), tour.points(params));
    }

    @Test
    void emptyOrRepeatedAxesAreNamed() {
        assertMessage("axis 'width' must have at least one value", () -> Grid.of("width", List.of()));
        assertMessage("axis name must be non-empty and new, got 'seed'", () -> Grid.of("seed", List.of(1L)).by("seed", List.of(2L)));
    }
}
