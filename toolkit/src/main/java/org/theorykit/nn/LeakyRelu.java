package org.theorykit.nn;

/**
 * Leaky ReLU (ReLU for slope 0), made by {@link Activation#relu()} and {@link Activation#leakyRelu(double)};
 * public so that the compute engines ({@code nn.engine}) can recognize it and read its slope.
 * σ'(z) = 1 for z > 0 and slope for z ≤ 0 (PyTorch's choice at the kink). Both σ and σ' are written with min/max and products only, no branch: a branch on the sign
 * of z is mispredicted half the time on random pre-activations, and branch-free loops over arrays
 * are vectorized by the JIT. z·2^1023·2^1023 is ≥ 1 (or +∞) for every positive double, so the clamp
 * min(1, max(0, ·)) of it is exactly the step function.
 */
public record LeakyRelu(double slope) implements Activation {
    private static final double HUGE = 0x1p1023;

    public LeakyRelu {
        if (!Double.isFinite(slope)) {
            throw new IllegalArgumentException("slope = " + slope + "; accepted: a finite number");
        }
    }

    /** The test of slope is loop-invariant, so C2 unswitches it and a ReLU loop vectorizes one max, no min. */
    public double value(double z) {
        return slope == 0.0 ? Math.max(z, 0.0) : Math.max(z, 0.0) + slope * Math.min(z, 0.0);
    }

    public double derivative(double z) {
        double step = Math.min(1.0, Math.max(0.0, z * HUGE * HUGE));
        return slope == 0.0 ? step : slope + (1.0 - slope) * step;
    }

    public double secondDerivative(double z) {
        return 0.0;
    }

    public String name() {
        return slope == 0.0 ? "relu" : "leaky-relu(" + slope + ")";
    }
}
