package org.theorykit.experiment;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The value types an experiment parameter can have, with parsing from {@code key=value} text. */
public enum ParameterType {
    INT("integer") {
        @Override
        Object parse(String text) {
            return Integer.parseInt(text.trim());
        }
    },
    LONG("integer") {
        @Override
        Object parse(String text) {
            return Long.parseLong(text.trim());
        }
    },
    DOUBLE("number") {
        @Override
        Object parse(String text) {
            double value = Double.parseDouble(text.trim());
            if (!Double.isFinite(value)) {
                throw new NumberFormatException("not finite");
            }
            return value;
        }
    },
    BOOLEAN("true|false") {
        @Override
        Object parse(String text) {
            String t = text.trim().toLowerCase(Locale.ROOT);
            if (!t.equals("true") && !t.equals("false")) {
                throw new IllegalArgumentException("not a boolean");
            }
            return Boolean.parseBoolean(t);
        }
    },
    STRING("text") {
        @Override
        Object parse(String text) {
            return text;
        }
    },
    INT_LIST("comma-separated integers") {
        @Override
        Object parse(String text) {
            return List.copyOf(Arrays.stream(text.split(",")).map(s -> Integer.parseInt(s.trim()))
                    .collect(Collectors.toList()));
        }
    },
    DOUBLE_LIST("comma-separated numbers") {
        @Override
        Object parse(String text) {
            return List.copyOf(Arrays.stream(text.split(",")).map(s -> (Double) DOUBLE.parse(s))
                    .collect(Collectors.toList()));
        }
    };

    private final String description;

    ParameterType(String description) {
        this.description = description;
    }

    /** What the accepted text looks like, for usage messages. */
    public String description() {
        return description;
    }

    abstract Object parse(String text);

    /** Formats a value so that {@link #parse} gives it back. */
    String format(Object value) {
        if (value instanceof List<?> list) {
            return list.stream().map(String::valueOf).collect(Collectors.joining(","));
        }
        return String.valueOf(value);
    }
}
