package org.theorykit.experiment;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A typed experiment parameter with a default for each {@link Scale} and optional lower and upper
 * bounds (for numbers, and for every element of a list).
 */
public final class Parameter {

    private final String name;
    private final ParameterType type;
    private final String description;
    private final Map<Scale, Object> defaults = new EnumMap<>(Scale.class);
    private Double minimum;
    private Double maximum;

    private Parameter(String name, ParameterType type, String description, Object smoke, Object lecture, Object paper) {
        this.name = name;
        this.type = type;
        this.description = description;
        defaults.put(Scale.SMOKE, smoke);
        defaults.put(Scale.LECTURE, lecture);
        defaults.put(Scale.PAPER, paper);
    }

    /** A parameter whose default differs per scale. */
    public static Parameter perScale(String name, ParameterType type, String description,
                                     Object smoke, Object lecture, Object paper) {
        Parameter p = new Parameter(name, type, description, smoke, lecture, paper);
        for (Object value : p.defaults.values()) {
            p.check(value);
        }
        return p;
    }

    /** A parameter with one default for every scale. */
    public static Parameter fixed(String name, ParameterType type, String description, Object value) {
        return perScale(name, type, description, value, value, value);
    }

    /** Rejects numbers (or list elements) below {@code min}. */
    public Parameter atLeast(double min) {
        this.minimum = min;
        for (Object value : defaults.values()) {
            check(value);
        }
        return this;
    }

    /** Rejects numbers (or list elements) above {@code max}. */
    public Parameter atMost(double max) {
        this.maximum = max;
        for (Object value : defaults.values()) {
            check(value);
        }
        return this;
    }

    public String name() {
        return name;
    }

    public ParameterType type() {
        return type;
    }

    public String description() {
        return description;
    }

    public Object defaultValue(Scale scale) {
        return defaults.get(scale);
    }

    /** Parses {@code text} into a value of this parameter, or explains what was expected. */
    public Object parse(String text) {
        Object value;
        try {
            value = type.parse(text);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("parameter '" + name + "' expects " + type.description()
                    + ", got '" + text + "'");
        }
        return check(value);
    }

    /** Checks a value given as an object (from a notebook cell). */
    Object check(Object value) {
        Object normalized = value instanceof Number n && type == ParameterType.DOUBLE ? (Object) n.doubleValue()
                : value instanceof Number n && type == ParameterType.LONG ? (Object) n.longValue() : value;
        boolean typeOk = switch (type) {
            case INT -> normalized instanceof Integer;
            case LONG -> normalized instanceof Long;
            case DOUBLE -> normalized instanceof Double d && Double.isFinite(d);
            case BOOLEAN -> normalized instanceof Boolean;
            case STRING -> normalized instanceof String;
            case INT_LIST -> normalized instanceof List<?> l && !l.isEmpty() && l.stream().allMatch(Integer.class::isInstance);
            case DOUBLE_LIST -> normalized instanceof List<?> l && !l.isEmpty() && l.stream().allMatch(Double.class::isInstance);
        };
        if (!typeOk) {
            throw new IllegalArgumentException("parameter '" + name + "' expects " + type.description() + ", got "
                    + normalized);
        }
        if (minimum != null || maximum != null) {
            List<?> values = normalized instanceof List<?> l ? l : List.of(normalized);
            for (Object v : values) {
                double x = ((Number) v).doubleValue();
                if (minimum != null && x < minimum || maximum != null && x > maximum) {
                    throw new IllegalArgumentException("parameter '" + name + "' must be " + range() + ", got " + v);
                }
            }
        }
        return normalized;
    }

    /** One usage line: name, type, defaults per scale, description. */
    public String usage() {
        return String.format("  %-12s %-26s smoke=%s lecture=%s paper=%s  %s%s", name, type.description(),
                type.format(defaults.get(Scale.SMOKE)), type.format(defaults.get(Scale.LECTURE)),
                type.format(defaults.get(Scale.PAPER)), description,
                minimum == null && maximum == null ? "" : " (" + range() + ")");
    }

    /** The accepted range, e.g. ">= 1" or "in [0, 1]". */
    private String range() {
        if (maximum == null) {
            return ">= " + format(minimum);
        }
        return minimum == null ? "<= " + format(maximum) : "in [" + format(minimum) + ", " + format(maximum) + "]";
    }

    private static String format(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }
}
