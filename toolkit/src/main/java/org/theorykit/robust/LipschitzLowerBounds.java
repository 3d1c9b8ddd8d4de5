package org.theorykit.robust;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.theorykit.Arguments;
import org.theorykit.data.PointSampler;
import smile.math.MathEx;

/**
 * Lower bounds on Lip(f) = sup_x ‖∇x f(x)‖ (Euclidean norms; on a convex domain the two agree), each
 * a value of f or of its gradient actually observed, so each is valid whatever the search found:
 * the largest gradient norm over given points (training points, fresh samples), after projected
 * gradient ascent on ‖∇x f‖, and the largest difference quotient |f(x) − f(x')|/‖x − x'‖ over pairs.
 * These are the empirical side of the law of robustness (Bubeck–Sellke 2021, arXiv:2105.12806;
 * Bubeck–Li–Nagaraj 2020, arXiv:2009.14444), whose claims are lower bounds on Lip(f).
 */
public final class LipschitzLowerBounds {

    private LipschitzLowerBounds() {
    }

    /** max_i ‖∇x f(x_i)‖ over the rows of x, with the maximizing row; named {@code name}. */
    public static LipschitzEstimate maxGradient(String name, InputFunction f, double[][] x) {
        checkPoints(f, "x", x);
        double[] g = new double[f.dimension()];
        int best = 0;
        double bestNorm = -1;
        for (int i = 0; i < x.length; i++) {
            f.valueAndGradient(x[i], g);
            double norm = MathEx.norm(g);
            if (norm > bestNorm) {
                bestNorm = norm;
                best = i;
            }
        }
        return LipschitzEstimate.lowerAt(name, bestNorm, x[best], null);
    }

    /** max ‖∇x f‖ over the training inputs. */
    public static LipschitzEstimate trainingGradients(InputFunction f, double[][] x) {
        return maxGradient(LipschitzEstimate.TRAINING_GRADIENTS, f, x);
    }

    /** max ‖∇x f‖ over {@code samples} fresh draws of the sampler (seeded). */
    public static LipschitzEstimate sampledGradients(InputFunction f, PointSampler sampler, int samples, long seed) {
        Arguments.notNull("f", f);
        Arguments.notNull("sampler", sampler);
        if (sampler.ambientDimension() != f.dimension()) {
            throw new IllegalArgumentException("sampler.ambientDimension() = " + sampler.ambientDimension()
                    + "; accepted: the function's dimension " + f.dimension());
        }
        return maxGradient(LipschitzEstimate.SAMPLED_GRADIENTS, f, sampler.sample(samples, seed));
    }

    /**
     * Projected ascent on ‖∇x f‖ from each start, keeping the largest norm seen (the starts themselves
     * included). The ascent direction is ∇x‖∇x f‖ = H u with u = ∇f/‖∇f‖ and H the input Hessian,
     * estimated by the central difference (∇f(x + h u) − ∇f(x − h u))/(2h): for smooth activations
     * this is H u up to O(h²); for piecewise-linear ones (ReLU) H vanishes almost everywhere and the
     * difference is the Hessian smoothed over scale h, non-zero only where a kink lies within h; when
     * it vanishes the step goes in a random direction. On the sphere the direction's radial part is
     * removed first (it would be undone by the projection). Each step moves a distance η/√t (t = 1, 2, …)
     * and is projected onto the domain. Validity does not depend on the search: the result is a norm
     * actually observed.
     *
     * @param starts   the points to start from (e.g. those of the best earlier estimates)
     * @param steps    ascent steps per start (≥ 0)
     * @param stepSize η, the first step's length (> 0)
     * @param h        the central-difference step (> 0)
     * @param seed     seed of the random directions
     */
    public static LipschitzEstimate gradientAscent(InputFunction f, List<double[]> starts, InputDomain domain,
                                                   int steps, double stepSize, double h, long seed) {
        Arguments.notNull("domain", domain);
        Arguments.atLeast("steps", steps, 0);
        Arguments.positiveFinite("stepSize", stepSize);
        Arguments.positiveFinite("h", h);
        checkPoints(f, "starts", starts == null ? null : starts.toArray(new double[0][]));
        int d = f.dimension();
        SplittableRandom random = new SplittableRandom(seed);
        double[] g = new double[d];
        double[] plus = new double[d];
        double[] minus = new double[d];
        double[] gPlus = new double[d];
        double[] gMinus = new double[d];
        double[] direction = new double[d];
        double bestNorm = -1;
        double[] bestPoint = null;
        for (double[] start : starts) {
            double[] x = start.clone();
            domain.project(x);
            for (int t = 0; t <= steps && !Thread.currentThread().isInterrupted(); t++) {
                f.valueAndGradient(x, g);
                double norm = MathEx.norm(g);
                if (norm > bestNorm) {
                    bestNorm = norm;
                    bestPoint = x.clone();
                }
                if (t == steps) {
                    break;
                }
                double directionNorm = 0;
                if (norm > 0) {
                    for (int i = 0; i < d; i++) {
                        plus[i] = x[i] + h * g[i] / norm;
                        minus[i] = x[i] - h * g[i] / norm;
                    }
                    f.valueAndGradient(plus, gPlus);
                    f.valueAndGradient(minus, gMinus);
                    for (int i = 0; i < d; i++) {
                        direction[i] = (gPlus[i] - gMinus[i]) / (2 * h);
                    }
                    domain.tangent(x, direction);
                    directionNorm = MathEx.norm(direction);
                }
                if (!(directionNorm > 1e-12 * norm / h) || !Double.isFinite(directionNorm)) {
                    for (int i = 0; i < d; i++) {
                        direction[i] = random.nextGaussian();
                    }
                    domain.tangent(x, direction);
                    directionNorm = MathEx.norm(direction);
                }
                double length = stepSize / Math.sqrt(t + 1.0);
                for (int i = 0; i < d; i++) {
                    x[i] += length * direction[i] / directionNorm;
                }
                domain.project(x);
            }
        }
        return LipschitzEstimate.lowerAt(LipschitzEstimate.GRADIENT_ASCENT, bestNorm, bestPoint, null);
    }

    /** max_{i&lt;j} |f(x_i) − f(x_j)|/‖x_i − x_j‖ over all pairs of distinct rows (at least 2 rows). */
    public static LipschitzEstimate trainingPairs(InputFunction f, double[][] x) {
        checkPoints(f, "x", x);
        if (x.length < 2) {
            throw new IllegalArgumentException("x has " + x.length + " rows; accepted: at least 2 for pairs");
        }
        double[] values = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            values[i] = f.value(x[i]);
        }
        double best = 0;
        int bi = 0;
        int bj = 1;
        for (int i = 0; i < x.length; i++) {
            for (int j = i + 1; j < x.length; j++) {
                double distance = MathEx.distance(x[i], x[j]);
                if (distance > 0) {
                    double ratio = Math.abs(values[i] - values[j]) / distance;
                    if (ratio > best) {
                        best = ratio;
                        bi = i;
                        bj = j;
                    }
                }
            }
        }
        return LipschitzEstimate.lowerAt(LipschitzEstimate.TRAINING_PAIRS, best, x[bi], x[bj]);
    }

    /**
     * max over the points of |f(x + h u) − f(x)|/h with u = ∇f(x)/‖∇f(x)‖: a difference quotient of f
     * itself (no derivative trusted), close to ‖∇f(x)‖ for small h.
     */
    public static LipschitzEstimate nearPairs(InputFunction f, double[][] x, double h) {
        checkPoints(f, "x", x);
        Arguments.positiveFinite("h", h);
        int d = f.dimension();
        double[] g = new double[d];
        double[] moved = new double[d];
        double best = 0;
        double[] bestPoint = x[0];
        double[] bestPartner = x[0];
        for (double[] point : x) {
            double value = f.valueAndGradient(point, g);
            double norm = MathEx.norm(g);
            for (int i = 0; i < d; i++) {
                moved[i] = point[i] + (norm > 0 ? h * g[i] / norm : (i == 0 ? h : 0));
            }
            double ratio = Math.abs(f.value(moved) - value) / MathEx.distance(point, moved);
            if (ratio > best) {
                best = ratio;
                bestPoint = point;
                bestPartner = moved.clone();
            }
        }
        return LipschitzEstimate.lowerAt(LipschitzEstimate.NEAR_PAIRS, best, bestPoint, bestPartner);
    }

    /** Checks f and that the points {@code name} are finite rows of f's dimension. */
    static void checkPoints(InputFunction f, String name, double[][] x) {
        Arguments.notNull("f", f);
        Arguments.matrix(name, x, f.dimension());
    }
}
