package org.theorykit.optim;

import java.util.SplittableRandom;
import org.theorykit.Seeds;

/**
 * Stochastic gradient Langevin dynamics, Welling &amp; Teh 2011 (ICML, "Bayesian learning via
 * stochastic gradient Langevin dynamics"), written as the Euler–Maruyama step of
 * dX = −∇U dt + √(2T) dW with U = L and step η: θ ← θ − η∇L + √(2ηT)·ξ, ξ ~ N(0, I).
 * Its stationary law approximates exp(−L/T); for U = kx²/2 the discrete chain's exact stationary
 * variance is T/(k(1 − ηk/2)), not T/k (see the tests). T = 0 gives plain SGD.
 */
final class LangevinUpdate implements UpdateRule {

    private final double temperature;
    private final long seed;
    private SplittableRandom noise;

    /** The noise of epoch e is drawn from {@code Seeds.derive(seed, "noise", e)}. */
    LangevinUpdate(double temperature, long seed) {
        this.temperature = temperature;
        this.seed = seed;
    }

    @Override
    public void startEpoch(int epoch) {
        noise = new SplittableRandom(Seeds.derive(seed, "noise", epoch));
    }

    @Override
    public UpdateRule copy() {
        return new LangevinUpdate(temperature, seed);
    }

    @Override
    public void apply(double[] theta, double[] gradient, double learningRate) {
        double scale = Math.sqrt(2 * learningRate * temperature);
        for (int i = 0; i < theta.length; i++) {
            theta[i] += -learningRate * gradient[i] + scale * noise.nextGaussian();
        }
    }
}
