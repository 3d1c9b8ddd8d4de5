package org.theorykit.experiment;

import java.util.Map;

/** A point of a sweep failed; the message names the experiment, the point and the cause's message. */
public final class PointFailedException extends IllegalStateException {

    public PointFailedException(String experiment, Map<String, Object> point, Throwable cause) {
        super("experiment '" + experiment + "' failed at point " + point + ": " + cause.getMessage(), cause);
    }
}
