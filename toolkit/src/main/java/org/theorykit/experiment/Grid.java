package org.theorykit.experiment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The points of a full-factorial sweep: every combination of the values of named axes, the first axis
 * varying slowest, each point a map from axis name to value in the order the axes were given:
 * <pre>{@code
 * Grid.of("seed", params.seeds()).by("width", params.getIntList("widths")).points()
 * // [{seed=1, width=8}, {seed=1, width=16}, {seed=2, width=8}, {seed=2, width=16}]
 * }</pre>
 */
public final class Grid {

    private final List<String> names;
    private final List<List<?>> axes;

    private Grid(List<String> names, List<List<?>> axes) {
        this.names = names;
        this.axes = axes;
    }

    /** A grid of one axis. */
    public static Grid of(String name, List<?> values) {
        return new Grid(List.of(), List.of()).by(name, values);
    }

    /** This grid times one more axis, which varies faster than every axis before it. */
    public Grid by(String name, List<?> values) {
        if (name == null || name.isEmpty() || names.contains(name)) {
            throw new IllegalArgumentException("axis name must be non-empty and new, got " + (name == null ? "null" : "'" + name + "'")
                    + (names.isEmpty() ? "" : "; axes so far: " + names));
        }
        if (values == null || values.isEmpty() || values.stream().anyMatch(Objects::isNull)) {
            throw new IllegalArgumentException("axis '" + name + "' must have at least one value and no null, got " + values);
        }
        List<String> moreNames = new ArrayList<>(names);
        moreNames.add(name);
        List<List<?>> moreAxes = new ArrayList<>(axes);
        moreAxes.add(List.copyOf(values));
        return new Grid(List.copyOf(moreNames), List.copyOf(moreAxes));
    }

    /** Every combination, the last axis varying fastest. */
    public List<Map<String, Object>> points() {
        List<Map<String, Object>> points = new ArrayList<>();
        points.add(new LinkedHashMap<>());
        for (int axis = 0; axis < names.size(); axis++) {
            List<Map<String, Object>> longer = new ArrayList<>();
            for (Map<String, Object> point : points) {
                for (Object value : axes.get(axis)) {
                    Map<String, Object> next = new LinkedHashMap<>(point);
                    next.put(names.get(axis), value);
                    longer.add(next);
                }
            }
            points = longer;
        }
        return points;
    }
}
