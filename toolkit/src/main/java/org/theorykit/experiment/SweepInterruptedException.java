package org.theorykit.experiment;

/** Thrown when a sweep is interrupted; the points it finished are cached and a re-run resumes. */
public final class SweepInterruptedException extends RuntimeException {

    public SweepInterruptedException(String experiment, long finished, int total) {
        super("experiment '" + experiment + "' interrupted with " + finished + " of " + total
                + " points finished; they are cached, run it again to resume");
    }
}
