package org.theorykit.optim;

/**
 * Wraps an update rule so that pruned coordinates stay exactly zero (the sparse training of Frankle &amp;
 * Carbin 2019, arXiv:1803.03635, §2): their gradient entries are zeroed before the inner rule runs, so
 * momentum buffers and Adam's moments never leave 0, and their θ entries are zeroed after it. Both passes
 * multiply by a 0/1 vector over all of θ (sequential and vectorized by the JIT; an index list of the
 * pruned entries, tried first, was slower: see workload F in {@code toolkit/bench/README.md}); adding +0.0
 * turns the −0.0 of a negative entry times 0 into +0.0.
 */
final class MaskedUpdate implements UpdateRule {

    private final UpdateRule inner;
    private final double[] multiplier;

    /** {@code keep[i]} false: coordinate i is held at zero. */
    MaskedUpdate(UpdateRule inner, boolean[] keep) {
        this.inner = inner;
        this.multiplier = new double[keep.length];
        for (int i = 0; i < keep.length; i++) {
            multiplier[i] = keep[i] ? 1 : 0;
        }
    }

    private MaskedUpdate(UpdateRule inner, double[] multiplier) {
        this.inner = inner;
        this.multiplier = multiplier;
    }

    @Override
    public UpdateRule copy() {
        return new MaskedUpdate(inner.copy(), multiplier);
    }

    @Override
    public void startEpoch(int epoch) {
        inner.startEpoch(epoch);
    }

    @Override
    public void apply(double[] theta, double[] gradient, double learningRate) {
        for (int i = 0; i < gradient.length; i++) {
            gradient[i] = gradient[i] * multiplier[i] + 0.0;
        }
        inner.apply(theta, gradient, learningRate);
        for (int i = 0; i < theta.length; i++) {
            theta[i] = theta[i] * multiplier[i] + 0.0;
        }
    }
}
