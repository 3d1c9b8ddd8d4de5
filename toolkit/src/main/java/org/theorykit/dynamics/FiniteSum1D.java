package org.theorykit.dynamics;

import org.theorykit.Arguments;
import java.util.Arrays;

/**
 * A finite-sum potential U(x) = (1/n)·Σᵢ Uᵢ(x), the shape of a training loss (one term per
 * example). Used for the "SGD-style" noise model: the simulator replaces U'(x) by the mean of Uᵢ'(x)
 * over a random minibatch, whose noise has the state-dependent variance Var_i(Uᵢ'(x))/B instead of
 * the constant 2T/dt of Langevin dynamics (compare Poggio et al., Theory IIb, arXiv:1801.02254, and
 * Welling &amp; Teh 2011, ICML, where SGLD adds Gaussian noise on top of the minibatch gradient).
 *
 * @param formula    the formula, shown in tables
 * @param size       n ≥ 1
 * @param value      (i, x) ↦ Uᵢ(x)
 * @param derivative (i, x) ↦ Uᵢ'(x)
 */
public record FiniteSum1D(String formula, int size, Term value, Term derivative) {

    /** One term of the sum, indexed by i in [0, n). */
    @FunctionalInterface
    public interface Term {
        double at(int i, double x);
    }

    public FiniteSum1D {
        Arguments.notNull("formula", formula);
        Arguments.atLeast("size", size, 1);
        Arguments.notNull("value", value);
        Arguments.notNull("derivative", derivative);
    }

    /**
     * Uᵢ(x) = U(x − δᵢ): copies of {@code base} displaced by the "data" offsets δᵢ. Near a minimum of
     * curvature k, Uᵢ'(x) ≈ U'(x) − k·δᵢ, so the minibatch noise is larger in sharper wells.
     */
    public static FiniteSum1D shiftedCopies(Potential1D base, double... shifts) {
        Arguments.notNull("base", base);
        if (shifts == null || shifts.length == 0) {
            throw new IllegalArgumentException("shifts must hold at least one value, got " + Arrays.toString(shifts));
        }
        double[] d = shifts.clone();
        for (int i = 0; i < d.length; i++) {
            Arguments.finite("shifts[" + i + "]", d[i]);
        }
        return new FiniteSum1D("mean over " + d.length + " shifts δ of U(x − δ), " + base, d.length,
                (i, x) -> base.at(x - d[i]), (i, x) -> base.slope(x - d[i]));
    }

    /** The full sum (1/n)·Σᵢ Uᵢ as a potential, O(n) per evaluation. */
    public Potential1D asPotential() {
        return new Potential1D(formula, x -> mean(value, x), x -> mean(derivative, x));
    }

    private double mean(Term term, double x) {
        double sum = 0;
        for (int i = 0; i < size; i++) {
            sum += term.at(i, x);
        }
        return sum / size;
    }
}
