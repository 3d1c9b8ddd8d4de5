package org.theorykit.landscape;

/** Which end of the spectrum an eigensolver returns. */
public enum Which {
    /** The largest algebraic eigenvalues (sharpest directions), descending. */
    LARGEST,
    /** The smallest algebraic eigenvalues (most negative: saddle directions), ascending. */
    SMALLEST,
    /** The eigenvalues of largest absolute value, by decreasing |λ|. */
    LARGEST_MAGNITUDE
}
