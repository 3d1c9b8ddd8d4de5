package org.theorykit.experiment;

import java.util.Arrays;
import java.util.Locale;

/**
 * How big an experiment runs. Every registered parameter has a default per scale.
 * <ul>
 *   <li>{@link #SMOKE}: seconds; what CI runs to prove every notebook still executes;</li>
 *   <li>{@link #LECTURE}: the default; a whole notebook in at most a few minutes on 2 cores;</li>
 *   <li>{@link #PAPER}: closer to the sizes of the papers; hours are acceptable.</li>
 * </ul>
 * The environment variable {@code THEORYKIT_SCALE} (or the system property {@code theorykit.scale})
 * chooses the scale; a notebook's parameter cell may override it.
 */
public enum Scale {
    SMOKE, LECTURE, PAPER;

    /** The scale chosen by {@code theorykit.scale} / {@code THEORYKIT_SCALE}, else {@link #LECTURE}. */
    public static Scale current() {
        String chosen = System.getProperty("theorykit.scale", System.getenv("THEORYKIT_SCALE"));
        return chosen == null || chosen.isBlank() ? LECTURE : parse(chosen);
    }

    /** Parses a scale name, case-insensitively; the error lists the valid names. */
    public static Scale parse(String name) {
        try {
            return valueOf(name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("scale must be one of " + Arrays.toString(names()) + ", got '" + name + "'");
        }
    }

    /** The valid names in lower case. */
    public static String[] names() {
        return Arrays.stream(values()).map(s -> s.name().toLowerCase(Locale.ROOT)).toArray(String[]::new);
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
