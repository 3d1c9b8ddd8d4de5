package org.theorykit.optim;

/**
 * Wraps an update rule so that pruned coordinates stay exactly zero (the sparse training of Frankle &amp;
 * Carbin 2019, arXiv:1803.03635, §2): their gradient entries are zeroed before the inner rule runs, so
 * momentum buffers and Adam's moments never leave 0, and their θ entries are zeroed after it.
 */
final class MaskedUpdate implements UpdateRule {

    private final UpdateRule inner;
    private final int[] pruned;

    /** {@code pruned} lists the coordinates held at zero. */
    MaskedUpdate(UpdateRule inner, int[] pruned) {
        this.inner = inner;
        this.pruned = pruned;
    }

    @Override
    public void apply(double[] theta, double[] gradient, double learningRate) {
        for (int i : pruned) {
            gradient[i] = 0;
        }
        inner.apply(theta, gradient, learningRate);
        for (int i : pruned) {
            theta[i] = 0;
        }
    }

    /** The indices where {@code keep} is false. */
    static int[] prunedIndices(boolean[] keep) {
        int count = 0;
        for (boolean k : keep) {
            count += k ? 0 : 1;
        }
        int[] pruned = new int[count];
        for (int i = 0, j = 0; i < keep.length; i++) {
            if (!keep[i]) {
                pruned[j++] = i;
            }
        }
        return pruned;
    }
}
