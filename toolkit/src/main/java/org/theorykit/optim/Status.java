package org.theorykit.optim;

/** Why a training run stopped. */
public enum Status {
    /** A target on the loss or the gradient norm was reached. */
    CONVERGED,
    /** The caller's interpolation check (e.g. every training point fit) passed. */
    INTERPOLATED,
    /** The epoch budget ran out. */
    MAX_EPOCHS,
    /** The step budget ran out. */
    MAX_STEPS,
    /** The loss, gradient or θ became non-finite or the loss exploded; see the result's message. */
    DIVERGED,
    /** The running thread was interrupted (e.g. the Jupyter kernel's interrupt). */
    INTERRUPTED;

    /** True for the budget statuses, which a success reached at the same epoch takes precedence over. */
    public boolean isBudget() {
        return this == MAX_EPOCHS || this == MAX_STEPS;
    }
}
