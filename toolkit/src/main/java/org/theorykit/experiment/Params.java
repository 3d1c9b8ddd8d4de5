package org.theorykit.experiment;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The resolved parameter values of one experiment run: every parameter's default at the chosen
 * scale, overridden by the caller's values. Immutable; typed getters.
 */
public final class Params {

    private final Scale scale;
    private final Map<String, Object> values;

    private Params(Scale scale, Map<String, Object> values) {
        this.scale = scale;
        this.values = Collections.unmodifiableMap(values);
    }

    /**
     * Resolves {@code overrides} (values as objects or as text to parse) against the experiment's
     * parameters at {@code scale}; an unknown name is an error that lists the valid ones.
     */
    public static Params resolve(Experiment experiment, Scale scale, Map<String, ?> overrides) {
        if (scale == null) {
            throw new IllegalArgumentException("scale must not be null; one of smoke, lecture, paper");
        }
        Map<String, Parameter> byName = new LinkedHashMap<>();
        for (Parameter p : experiment.parameters()) {
            byName.put(p.name(), p);
        }
        Map<String, Object> values = new LinkedHashMap<>();
        byName.forEach((name, p) -> values.put(name, p.defaultValue(scale)));
        for (Map.Entry<String, ?> e : overrides.entrySet()) {
            Parameter p = byName.get(e.getKey());
            if (p == null) {
                throw new IllegalArgumentException("unknown parameter '" + e.getKey() + "' for experiment '"
                        + experiment.name() + "'; valid: " + String.join(", ", byName.keySet()));
            }
            Object given = e.getValue();
            values.put(p.name(), given instanceof String s && p.type() != ParameterType.STRING ? p.parse(s) : p.check(given));
        }
        return new Params(scale, values);
    }

    /**
     * Resolves a section's {@code settings} with the reader's {@code overrides} on top: where both name a
     * parameter, the override wins. A lecture passes its section-specific settings (a target, budgets)
     * and the one overrides map of its parameter cell, e.g.
     * {@code Params.resolve(sweep, scale, Map.of("target", "generic"), overrides)}.
     */
    public static Params resolve(Experiment experiment, Scale scale, Map<String, ?> settings, Map<String, ?> overrides) {
        if (settings == null) {
            throw new IllegalArgumentException("settings must not be null; Map.of() for none");
        }
        if (overrides == null) {
            throw new IllegalArgumentException("overrides must not be null; Map.of() for none");
        }
        Map<String, Object> all = new LinkedHashMap<>(settings);
        all.putAll(overrides);
        return resolve(experiment, scale, all);
    }

    public Scale scale() {
        return scale;
    }

    public int getInt(String name) {
        return (Integer) get(name);
    }

    public long getLong(String name) {
        return (Long) get(name);
    }

    public double getDouble(String name) {
        return (Double) get(name);
    }

    public boolean getBoolean(String name) {
        return (Boolean) get(name);
    }

    public String getString(String name) {
        return (String) get(name);
    }

    @SuppressWarnings("unchecked")
    public List<Integer> getIntList(String name) {
        return (List<Integer>) get(name);
    }

    @SuppressWarnings("unchecked")
    public List<Double> getDoubleList(String name) {
        return (List<Double>) get(name);
    }

    /** The seeds seed, seed + 1, …, seed + seeds − 1 of an experiment with the parameters {@code seed} and {@code seeds}. */
    public List<Long> seeds() {
        List<Long> seeds = new ArrayList<>();
        for (int s = 0; s < getInt("seeds"); s++) {
            seeds.add(getLong("seed") + s);
        }
        return seeds;
    }

    /** All values by name, in declaration order. */
    public Map<String, Object> asMap() {
        return values;
    }

    /** A canonical text of the values (sorted by name), the basis of cache keys. */
    public String canonical() {
        return new TreeMap<>(values).entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(";"));
    }

    private Object get(String name) {
        Object value = values.get(name);
        if (value == null) {
            throw new IllegalArgumentException("no parameter '" + name + "'; valid: " + String.join(", ", values.keySet()));
        }
        return value;
    }

    @Override
    public String toString() {
        return "scale=" + scale + " " + values;
    }
}
