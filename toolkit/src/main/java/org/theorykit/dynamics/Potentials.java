package org.theorykit.dynamics;

import org.theorykit.Arguments;
/**
 * Preset landscapes for the lecture "the landscape and the noise" (Poggio et al., Theory II,
 * arXiv:1703.09833, and Theory IIb, arXiv:1801.02254: noisy gradient descent concentrates on flat,
 * large-volume minima as exp(−U/T) predicts).
 */
public final class Potentials {

    private static final double MAX_CURVATURE_RATIO = 1e6;

    private Potentials() {
    }

    /**
     * One quadratic well U(x) = k·x²/2, whose Langevin stationary law is N(0, T/k).
     */
    public static Potential1D quadratic(double curvature) {
        double k = Arguments.positiveFinite("curvature", curvature);
        return new Potential1D(k + "·x²/2", x -> 0.5 * k * x * x, x -> k * x);
    }

    /**
     * Two quartic wells glued at their common top x = 0 (C¹, with U'' jumping there):
     * U(x) = H₀·((x/a)² − 1)² for x &lt; 0 and U(x) = H₁·((x/b)² − 1)² + H₀ − H₁ for x ≥ 0, with
     * a = √(8H₀/k₀), b = √(8H₁/k₁). The minima are at −a and b with U'' = k₀ and k₁ and values 0 and
     * H₀ − H₁; the saddle is x = 0 with U = H₀, barriers H₀ (from the left) and H₁ (from the right),
     * and U''(0∓) = −k₀/2, −k₁/2. With H₀ = H₁ the two halves are rescalings of one shape, so
     * the mass ratio equals √(k₁/k₀) at every T, not only as T → 0 (use {@link #equalWells} to see the
     * Laplace limit being approached).
     */
    public static DoubleWell twoWells(double leftCurvature, double rightCurvature, double leftBarrier,
                                      double rightBarrier) {
        double k0 = Arguments.positiveFinite("leftCurvature", leftCurvature);
        double k1 = Arguments.positiveFinite("rightCurvature", rightCurvature);
        double h0 = Arguments.positiveFinite("leftBarrier", leftBarrier);
        double h1 = Arguments.positiveFinite("rightBarrier", rightBarrier);
        double a = Math.sqrt(8 * h0 / k0);
        double b = Math.sqrt(8 * h1 / k1);
        Potential1D u = new Potential1D(
                String.format("x<0: %.4g((x/%.4g)²−1)², x≥0: %.4g((x/%.4g)²−1)² %+.4g", h0, a, h1, b, h0 - h1),
                x -> x < 0 ? quartic(h0, a, x) : quartic(h1, b, x) + h0 - h1,
                x -> x < 0 ? quarticSlope(h0, a, x) : quarticSlope(h1, b, x));
        return new DoubleWell(u, new double[] {-a, b}, new double[] {0, h0 - h1}, new double[] {k0, k1},
                0, h0, new double[] {k0 / 2, k1 / 2});
    }

    /**
     * Two equally deep, smooth wells of curvatures k_flat (left, basin 0) and k_sharp (right, basin 1)
     * under a barrier of height H:
     * U(x) = c·((x/w)² − 1)²·exp(λ·tanh(x/w)), λ = ln(k_sharp/k_flat)/(2·tanh 1).
     * The minima are x = ∓w with U = 0 exactly and U'' = 8c·e^{∓λ tanh 1}/w² = k_flat, k_sharp; the
     * barrier top x* = w·u* solves 4u + λ(u² − 1)/cosh²u = 0 in (−1, 1) (it moves towards the sharp
     * well), and c, w are set so that U(x*) = H. U is C^∞ and not a rescaling of one shape, so the
     * flat/sharp mass ratio tends to its Laplace limit √(k_sharp/k_flat) only as T → 0. The ratio must
     * be in [1e-6, 1e6] (|λ| ≤ 9.1): then 4u + λ(u² − 1)/cosh²u keeps its sign for |u| &gt; 1 (since
     * (u² − 1)/cosh²u &lt; 0.16·|u| there), and a scan of step 0.002 checks that it has one root in
     * (−1, 1), so the minima and x* are the only critical points.
     */
    public static DoubleWell equalWells(double flatCurvature, double sharpCurvature, double barrier) {
        double kFlat = Arguments.positiveFinite("flatCurvature", flatCurvature);
        double kSharp = Arguments.positiveFinite("sharpCurvature", sharpCurvature);
        double h = Arguments.positiveFinite("barrier", barrier);
        if (!(Math.abs(Math.log(kSharp / kFlat)) <= Math.log(MAX_CURVATURE_RATIO))) {
            throw new IllegalArgumentException("sharpCurvature/flatCurvature must be in [1e-6, 1e6] (one barrier, no "
                    + "spurious critical points), got " + kSharp / kFlat);
        }
        double lambda = Math.log(kSharp / kFlat) / (2 * Math.tanh(1));
        double top = barrierTop(lambda);
        double c = h / (square(top * top - 1) * Math.exp(lambda * Math.tanh(top)));
        double w = Math.sqrt(8 * c * Math.exp(-lambda * Math.tanh(1)) / kFlat);
        Potential1D u = new Potential1D(String.format("%.4g((x/%.4g)²−1)²·exp(%.4g·tanh(x/%.4g))", c, w, lambda, w),
                x -> c * square(square(x / w) - 1) * Math.exp(lambda * tanh(x / w)),
                x -> {
                    double v = x / w;
                    double t = tanh(v);
                    return c / w * Math.exp(lambda * t) * (v * v - 1) * (4 * v + lambda * (1 - t * t) * (v * v - 1));
                });
        double saddle = w * top;
        double saddleCurvature = Math.abs(u.curvature(saddle));
        return new DoubleWell(u, new double[] {-w, w}, new double[] {0, 0}, new double[] {kFlat, kSharp}, saddle, h,
                new double[] {saddleCurvature, saddleCurvature});
    }

    /** The single root of 4u + λ(u² − 1)/cosh²u in (−1, 1) (it goes from −4 to 4), by bisection. */
    private static double barrierTop(double lambda) {
        java.util.function.DoubleUnaryOperator f = u -> 4 * u + lambda * (u * u - 1) * (1 - square(tanh(u)));
        int signChanges = 0;
        boolean negative = true;
        for (int i = 1; i <= 1000; i++) {
            boolean next = f.applyAsDouble(-1 + i * 0.002) < 0;
            signChanges += next != negative ? 1 : 0;
            negative = next;
        }
        if (signChanges != 1) {
            throw new IllegalStateException("the wells for λ = " + lambda + " have " + signChanges + " critical points "
                    + "between the minima; this preset needs exactly one");
        }
        double lo = -1;
        double hi = 1;
        for (int i = 0; i < 200 && hi - lo > 1e-15; i++) {
            double mid = 0.5 * (lo + hi);
            if (f.applyAsDouble(mid) < 0) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return 0.5 * (lo + hi);
    }

    /** tanh through the intrinsic Math.exp (Math.tanh is the slower fdlibm routine); exact to ~1 ulp·few. */
    private static double tanh(double v) {
        double e = Math.exp(-2 * Math.abs(v));
        return Math.copySign((1 - e) / (1 + e), v);
    }

    private static double square(double v) {
        return v * v;
    }

    /**
     * An asymmetric double well of one curvature k: barriers H₀ from the left and H₁ from the right,
     * so the right well is deeper by H₁ − H₀ (for H₁ &gt; H₀); see {@link #twoWells}.
     */
    public static DoubleWell asymmetricWells(double curvature, double leftBarrier, double rightBarrier) {
        return twoWells(curvature, curvature, leftBarrier, rightBarrier);
    }

    /**
     * A rugged landscape: {@code base} plus the high-frequency ripple ε·(1 − cos(ωx)), which keeps
     * x = 0 a critical point. The returned wells' minima, curvatures and values are those of the
     * smooth base (the ripple moves them by O(ε)); exact masses come from {@link Boltzmann} anyway.
     */
    public static DoubleWell rugged(DoubleWell base, double amplitude, double wavenumber) {
        double eps = Arguments.nonNegativeFinite("amplitude", amplitude);
        double omega = Arguments.positiveFinite("wavenumber", wavenumber);
        Potential1D ripple = new Potential1D(String.format("%.4g(1 − cos(%.4g·x))", eps, omega),
                x -> eps * (1 - Math.cos(omega * x)), x -> eps * omega * Math.sin(omega * x));
        return new DoubleWell(base.potential().plus(ripple), base.minima(), base.minimumValues(),
                base.minimumCurvatures(), base.saddle(), base.saddleValue(), base.saddleCurvatures());
    }

    /**
     * A 2-D pair of equally deep wells with different Hessian determinants:
     * U(x, y) = Q(x) + c(x)·y²/2, where Q is {@link #equalWells}(k₀, k₁, H) with minima ∓w_Q and
     * c(x) = (c₀ + c₁)/2 + (c₁ − c₀)/2·tanh(x/w), w = min(a, b)/4, interpolates the transverse
     * curvature. Minima (∓w_Q, 0) at U = 0 with det ∇²U = k₀·c(−w_Q) and k₁·c(w_Q); saddle at
     * (x*, 0) with U = H, x* the saddle of Q. Low-T mass ratio left/right → √(det₁/det₀).
     */
    public static DoubleWell2D twoWells2D(double leftCurvature, double rightCurvature, double barrier,
                                          double leftTransverseCurvature, double rightTransverseCurvature) {
        DoubleWell q = equalWells(leftCurvature, rightCurvature, barrier);
        double c0 = Arguments.positiveFinite("leftTransverseCurvature", leftTransverseCurvature);
        double c1 = Arguments.positiveFinite("rightTransverseCurvature", rightTransverseCurvature);
        double w = Math.min(q.saddle() - q.minima()[0], q.minima()[1] - q.saddle()) / 4;
        double mid = (c0 + c1) / 2;
        double half = (c1 - c0) / 2;
        Potential u = new Potential(String.format("Q(x) + c(x)·y²/2, c from %.4g to %.4g; %s", c0, c1, q.potential()), 2,
                p -> q.potential().at(p[0]) + 0.5 * (mid + half * tanh(p[0] / w)) * p[1] * p[1],
                (p, g) -> {
                    double t = tanh(p[0] / w);
                    g[0] = q.potential().slope(p[0]) + 0.5 * half * (1 - t * t) / w * p[1] * p[1];
                    g[1] = (mid + half * t) * p[1];
                });
        double cLeft = mid + half * Math.tanh(q.minima()[0] / w);
        double cRight = mid + half * Math.tanh(q.minima()[1] / w);
        return new DoubleWell2D(u, new double[][] {{q.minima()[0], 0}, {q.minima()[1], 0}}, new double[] {0, 0},
                new double[] {q.minimumCurvatures()[0] * cLeft, q.minimumCurvatures()[1] * cRight}, barrier, q,
                Math.min(c0, c1));
    }

    private static double quartic(double height, double width, double x) {
        double s = (x / width) * (x / width) - 1;
        return height * s * s;
    }

    private static double quarticSlope(double height, double width, double x) {
        return 4 * height * ((x / width) * (x / width) - 1) * x / (width * width);
    }
}
