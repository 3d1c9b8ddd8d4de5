package org.theorykit.robust;

/**
 * One named estimate of a Lipschitz constant: a lower bound (a witnessed ratio or gradient norm, with
 * the input(s) that achieved it) or an upper bound (a certificate from the weights, without a point).
 *
 * @param name    which estimator, one of the constants below
 * @param lower   true for a lower bound, false for an upper bound
 * @param value   the bound (≥ 0; an upper bound may be +∞ when none applies)
 * @param point   the input achieving a lower bound (null for upper bounds)
 * @param partner for a pair estimate |f(x) − f(x')|/‖x − x'‖, the second input x'; else null
 */
public record LipschitzEstimate(String name, boolean lower, double value, double[] point, double[] partner) {

    public static final String TRAINING_GRADIENTS = "training gradients";
    public static final String SAMPLED_GRADIENTS = "sampled gradients";
    public static final String GRADIENT_ASCENT = "gradient ascent";
    public static final String TRAINING_PAIRS = "training pairs";
    public static final String NEAR_PAIRS = "near pairs";
    public static final String LINEAR = "linear norm";
    public static final String SPECTRAL_PRODUCT = "spectral product";
    public static final String PATH_SUM = "path sum";
    public static final String CENTRED_SPECTRAL = "centred spectral";
    public static final String CENTRED_PATH = "centred path";
    public static final String BUMP_ANALYTIC = "bump analytic";

    public LipschitzEstimate {
        if (name == null || !(value >= 0)) {
            throw new IllegalArgumentException("estimate " + name + " = " + value + "; accepted: a name and a value >= 0");
        }
        point = point == null ? null : point.clone();
        partner = partner == null ? null : partner.clone();
    }

    static LipschitzEstimate lowerAt(String name, double value, double[] point, double[] partner) {
        return new LipschitzEstimate(name, true, value, point, partner);
    }

    static LipschitzEstimate upper(String name, double value) {
        return new LipschitzEstimate(name, false, value, null, null);
    }

    @Override
    public double[] point() {
        return point == null ? null : point.clone();
    }

    @Override
    public double[] partner() {
        return partner == null ? null : partner.clone();
    }

    @Override
    public String toString() {
        return name + (lower ? " >= " : " <= ") + value;
    }
}
