package org.theorykit.robust;

import org.theorykit.Arguments;
import smile.math.MathEx;

/**
 * The law of robustness's predicted lower bounds on the Lipschitz constant of an interpolator, and the
 * data's own floor.
 *
 * <ul>
 *   <li>Bubeck–Sellke 2021 (arXiv:2105.12806), Theorem 3: for a class F = {f_w : w ∈ 𝒲}, 𝒲 ⊂ R^p of
 *   diameter ≤ W, ‖f_w − f_w'‖_∞ ≤ J‖w − w'‖, inputs from a c-isoperimetric law on R^d, labels in [−1, 1]
 *   with σ² = E Var(y|x) &gt; 0 and ε, δ ∈ (0, 1): with probability ≥ 1 − δ every f ∈ F with training
 *   mean squared error ≤ σ² − ε has
 *   Lip(f) ≥ ε/(2⁹√c) · sqrt(n·d / (p·log(60·W·J/ε) + log(4/δ))).</li>
 *   <li>Informally (same paper): Lip ≳ sqrt(n·d/p).</li>
 *   <li>Bubeck–Li–Nagaraj 2020 (arXiv:2009.14444), their conjecture: a two-layer net with k neurons fitting
 *   n generic points has Lip ≳ sqrt(n/k).</li>
 * </ul>
 */
public final class LawOfRobustness {

    /** c for N(0, I/d): Gaussian concentration gives P(|f − Ef| ≥ t) ≤ 2 exp(−d t²/(2L²)) (Ledoux 2001, "The Concentration of Measure Phenomenon", ch. 2). */
    public static final double GAUSSIAN_ISOPERIMETRY = 1.0;

    /**
     * c for the uniform law on the cube [−a, a]^d, a = √(3/d) ({@link org.theorykit.data.Samplers#cube}):
     * it is the image of N(0, I) under the coordinate map g ↦ a(2Φ(g) − 1), which is 2a/√(2π)-Lipschitz,
     * so a 1-Lipschitz f of the cube point is a (2a/√(2π))-Lipschitz function of a standard Gaussian and
     * Gaussian concentration gives c = d·(2a/√(2π))² = 6/π ≈ 1.91.
     */
    public static final double CUBE_ISOPERIMETRY = 6 / Math.PI;

    private LawOfRobustness() {
    }

    /**
     * Bubeck–Sellke Theorem 3, every constant explicit (see the class comment).
     *
     * @param epsilon            ε ∈ (0, 1): how far the training MSE is below the noise level σ²
     * @param c                  the isoperimetry constant (&gt; 0)
     * @param diameter           W, the diameter of the parameter set (&gt; 0)
     * @param parameterLipschitz J, the Lipschitz constant of w ↦ f_w in sup norm (&gt; 0)
     * @param delta              δ ∈ (0, 1), the failure probability
     * @param n                  training points (≥ 1)
     * @param d                  input dimension (≥ 1)
     * @param p                  parameters (≥ 1)
     * @throws IllegalArgumentException also when 60·W·J/ε ≤ 1 (the logarithm would not be positive)
     */
    public static double theorem3(double epsilon, double c, double diameter, double parameterLipschitz,
                                  double delta, long n, long d, long p) {
        openUnit("epsilon", epsilon);
        Arguments.positiveFinite("c", c);
        Arguments.positiveFinite("diameter W", diameter);
        Arguments.positiveFinite("parameterLipschitz J", parameterLipschitz);
        openUnit("delta", delta);
        Arguments.atLeast("n", n, 1);
        Arguments.atLeast("d", d, 1);
        Arguments.atLeast("p", p, 1);
        double logArgument = 60 * diameter * parameterLipschitz / epsilon;
        if (!(logArgument > 1)) {
            throw new IllegalArgumentException("60*W*J/epsilon = " + logArgument + "; accepted: > 1");
        }
        double denominator = p * Math.log(logArgument) + Math.log(4 / delta);
        return epsilon / (512 * Math.sqrt(c)) * Math.sqrt((double) n * d / denominator);
    }

    /** sqrt(n·d/p), the informal law. */
    public static double informal(long n, long d, long p) {
        Arguments.atLeast("n", n, 1);
        Arguments.atLeast("d", d, 1);
        Arguments.atLeast("p", p, 1);
        return Math.sqrt((double) n * d / p);
    }

    /** sqrt(n/k), Bubeck–Li–Nagaraj's conjecture for two-layer nets with k neurons. */
    public static double twoLayerConjecture(long n, long k) {
        Arguments.atLeast("n", n, 1);
        Arguments.atLeast("k", k, 1);
        return Math.sqrt((double) n / k);
    }

    /**
     * c for the uniform law on S^(d−1) (d ≥ 3): the sphere has Ricci curvature d − 2, so by Bakry–Émery
     * and Herbst's argument (Ledoux 2001, ch. 5) a function L-Lipschitz for the Euclidean
     * (hence for the geodesic) distance has P(|f − Ef| ≥ t) ≤ 2 exp(−(d−2) t²/(2L²)), which is
     * c-isoperimetry with c = d/(d − 2).
     */
    public static double sphereIsoperimetry(int d) {
        Arguments.atLeast("d", d, 3);
        return d / (d - 2.0);
    }

    /**
     * c, measured against the ambient dimension d, for x = Q z with Q a d×m orthonormal frame and
     * z ~ N(0, I/m) ({@link org.theorykit.data.Samplers#linearSubspace}; 1 ≤ m &lt; d): for f L-Lipschitz
     * on R^d, z ↦ f(Qz) is L-Lipschitz on R^m (Q is an isometry), so Gaussian concentration in R^m gives
     * P(|f − Ef| ≥ t) ≤ 2 exp(−m t²/(2L²)) = 2 exp(−d t²/(2cL²)) with c = (d/m)·{@link #GAUSSIAN_ISOPERIMETRY}.
     * Linear f along a direction of the subspace make this tight, so c is not O(1): Theorem 3 with the
     * ambient d and this c equals Theorem 3 with the intrinsic m and c = 1 (d/c = m).
     */
    public static double subspaceIsoperimetry(int d, int m) {
        Arguments.atLeast("m", m, 1);
        if (m >= d) {
            throw new IllegalArgumentException("m = " + m + "; accepted: 1 <= m < d = " + d);
        }
        return (double) d / m * GAUSSIAN_ISOPERIMETRY;
    }

    /**
     * W and J of Theorem 3 for the box class {θ : max|θ_i| ≤ B} of shallow nets
     * f(x) = Σ_{j≤k} a_j σ(w_j·x + b_j) on inputs ‖x‖ ≤ R, with |σ(z)| ≤ |σ(0)| + L_σ|z| and |σ'| ≤ L_σ.
     * W = 2B√p (the box's diameter, p = k(d+2)). On the box, |∂f/∂a_j| ≤ |σ(0)| + L_σ B(√d R + 1),
     * ‖∂f/∂w_j‖ ≤ B L_σ R, |∂f/∂b_j| ≤ B L_σ, so (f is Lipschitz along segments of the convex box)
     * J = sqrt(k·[(|σ(0)| + L_σ B(√d R + 1))² + (B L_σ R)² + (B L_σ)²]).
     */
    public static ParameterClass shallowNetClass(int d, int k, double weightBound, double inputRadius,
                                                 double activationLipschitz, double activationAtZero) {
        Arguments.atLeast("d", d, 1);
        Arguments.atLeast("k", k, 1);
        Arguments.positiveFinite("weightBound B", weightBound);
        Arguments.positiveFinite("inputRadius R", inputRadius);
        Arguments.positiveFinite("activationLipschitz", activationLipschitz);
        Arguments.nonNegativeFinite("|activationAtZero|", Math.abs(activationAtZero));
        double b = weightBound;
        double l = activationLipschitz;
        double da = Math.abs(activationAtZero) + l * b * (Math.sqrt(d) * inputRadius + 1);
        double dw = b * l * inputRadius;
        double db = b * l;
        long p = (long) k * (d + 2);
        return new ParameterClass(2 * b * Math.sqrt(p), Math.sqrt(k * (da * da + dw * dw + db * db)));
    }

    /** W (diameter of the parameter set) and J (sup-norm Lipschitz constant of θ ↦ f_θ) of Theorem 3. */
    public record ParameterClass(double diameter, double parameterLipschitz) {
    }

    /**
     * The smallest Lipschitz constant of any function with f(x_i) = y_i for all i:
     * max_{i≠j} |y_i − y_j|/‖x_i − x_j‖. It is exact: no interpolant can do better (the pair that
     * attains the max forces it), and the McShane extension f(x) = min_i (y_i + L‖x − x_i‖) attains it
     * (Kirszbraun's theorem gives the same for vector-valued labels). Two equal inputs with different
     * labels give +∞ (no interpolant). O(n² d).
     *
     * @param x rows x_i (n ≥ 2, same length, finite)
     * @param y labels y_i (n, finite)
     */
    public static DataFloor dataFloor(double[][] x, double[] y) {
        requireLabelledPoints(x, y);
        double best = 0;
        int bi = 0;
        int bj = 1;
        for (int i = 0; i < x.length; i++) {
            for (int j = i + 1; j < x.length; j++) {
                double gap = Math.abs(y[i] - y[j]);
                if (gap == 0) {
                    continue;
                }
                double distance = MathEx.distance(x[i], x[j]);
                double ratio = distance == 0 ? Double.POSITIVE_INFINITY : gap / distance;
                if (ratio > best) {
                    best = ratio;
                    bi = i;
                    bj = j;
                }
            }
        }
        return new DataFloor(best, bi, bj);
    }

    /** The data floor and the pair (i, j) attaining it (value 0 with (0, 1) when all labels are equal). */
    public record DataFloor(double value, int i, int j) {
    }

    private static void openUnit(String name, double value) {
        if (!(value > 0 && value < 1)) {
            throw new IllegalArgumentException(name + " must be in (0, 1), got " + value);
        }
    }

    /** n ≥ 2 rows of one length with finite entries and n finite labels; otherwise an exception naming what is wrong. */
    static void requireLabelledPoints(double[][] x, double[] y) {
        if (x == null || y == null || x.length < 2 || y.length != x.length) {
            throw new IllegalArgumentException("x has " + (x == null ? "no" : x.length) + " rows, y has "
                    + (y == null ? "no" : y.length) + " entries; accepted: n >= 2 rows and n labels");
        }
        for (int i = 0; i < x.length; i++) {
            if (x[i] == null || x[i].length != x[0].length) {
                throw new IllegalArgumentException("x[" + i + "] has length " + (x[i] == null ? "null" : x[i].length)
                        + "; accepted: " + x[0].length);
            }
            Arguments.finite("y[" + i + "]", y[i]);
            for (double v : x[i]) {
                Arguments.finite("x[" + i + "] entries", v);
            }
        }
    }
}
