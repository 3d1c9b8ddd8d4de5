package org.theorykit.landscape;

import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;
import org.theorykit.nn.Model;
import org.theorykit.nn.ParameterView;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;

/**
 * Loss-landscape slices: the loss along a line or over a plane through parameter space.
 * <ul>
 *   <li>{@link #interpolation}: L((1 − α)θ_a + αθ_b), the 1-D linear interpolation between two
 *       solutions (Goodfellow, Vinyals, Saxe 2015, arXiv:1412.6544; Keskar et al. 2017, arXiv:1609.04836);</li>
 *   <li>{@link #filterNormalizedDirection}: a Gaussian direction d whose every filter (one neuron's
 *       incoming weights) is rescaled to the norm of the same filter in θ*, biases 0 — Li, Xu, Taylor,
 *       Studer, Goldstein 2018 (arXiv:1712.09913, §4), which removes the scale ambiguity of ReLU nets
 *       so slices of different solutions can be compared;</li>
 *   <li>{@link #line} and {@link #plane}: L(θ* + t·d) and L(θ* + a·d₁ + b·d₂) on a grid.</li>
 * </ul>
 */
public final class LossSlices {

    private LossSlices() {
    }

    /**
     * The loss at (1 − α)θ_a + αθ_b for {@code points} ≥ 2 equally spaced α in [from, to] (α = 0 is θ_a,
     * α = 1 is θ_b); columns "alpha", "loss".
     */
    public static Table interpolation(ToDoubleFunction<double[]> loss, double[] thetaA, double[] thetaB,
                                      double from, double to, int points) {
        check(loss, thetaA, "thetaA");
        check(null, thetaB, "thetaB");
        if (thetaA.length != thetaB.length) {
            throw new IllegalArgumentException("thetaB has length " + thetaB.length + "; accepted: " + thetaA.length
                    + " (the length of thetaA)");
        }
        double[] direction = new double[thetaA.length];
        for (int i = 0; i < direction.length; i++) {
            direction[i] = thetaB[i] - thetaA[i];
        }
        Table table = line(loss, thetaA, direction, from, to, points);
        table.column("t").setName("alpha");
        return table;
    }

    /**
     * A filter-normalized random direction at θ (Li et al. 2018): d ~ N(0, I), then for every filter
     * f of {@link Model#filters()}, d_f ← d_f·‖θ_f‖/‖d_f‖; entries outside filters (biases) are 0.
     */
    public static double[] filterNormalizedDirection(Model model, double[] theta, long seed) {
        if (model == null) {
            throw new IllegalArgumentException("model = null; accepted: a Model");
        }
        check(null, theta, "theta");
        if (theta.length != model.parameterCount()) {
            throw new IllegalArgumentException("theta has length " + theta.length + "; accepted: "
                    + model.parameterCount() + " (the model's p)");
        }
        SplittableRandom random = new SplittableRandom(seed);
        double[] d = new double[theta.length];
        for (ParameterView filter : model.filters()) {
            double dNorm = 0;
            double thetaNorm = 0;
            for (int i = filter.offset(); i < filter.offset() + filter.length(); i++) {
                d[i] = random.nextGaussian();
                dNorm += d[i] * d[i];
                thetaNorm += theta[i] * theta[i];
            }
            double factor = dNorm > 0 ? Math.sqrt(thetaNorm / dNorm) : 0;
            for (int i = filter.offset(); i < filter.offset() + filter.length(); i++) {
                d[i] *= factor;
            }
        }
        return d;
    }

    /** L(θ + t·d) for {@code points} ≥ 2 equally spaced t in [from, to]; columns "t", "loss". */
    public static Table line(ToDoubleFunction<double[]> loss, double[] theta, double[] direction,
                             double from, double to, int points) {
        check(loss, theta, "theta");
        checkDirection(theta, direction, "direction");
        double[] t = grid(from, to, points);
        double[] values = new double[points];
        double[] point = new double[theta.length];
        for (int k = 0; k < points; k++) {
            for (int i = 0; i < point.length; i++) {
                point[i] = theta[i] + t[k] * direction[i];
            }
            values[k] = loss.applyAsDouble(point);
        }
        return Table.create("line", DoubleColumn.create("t", t), DoubleColumn.create("loss", values));
    }

    /**
     * L(θ + a·d₁ + b·d₂) on the {@code points} × {@code points} grid of [from, to]²; columns "a", "b",
     * "loss", with a varying slowest.
     */
    public static Table plane(ToDoubleFunction<double[]> loss, double[] theta, double[] direction1, double[] direction2,
                              double from, double to, int points) {
        check(loss, theta, "theta");
        checkDirection(theta, direction1, "direction1");
        checkDirection(theta, direction2, "direction2");
        double[] t = grid(from, to, points);
        double[] a = new double[points * points];
        double[] b = new double[points * points];
        double[] values = new double[points * points];
        double[] point = new double[theta.length];
        for (int i = 0; i < points; i++) {
            for (int j = 0; j < points; j++) {
                if (Thread.currentThread().isInterrupted()) {
                    throw new IllegalStateException("plane slice interrupted");
                }
                for (int k = 0; k < point.length; k++) {
                    point[k] = theta[k] + t[i] * direction1[k] + t[j] * direction2[k];
                }
                int row = i * points + j;
                a[row] = t[i];
                b[row] = t[j];
                values[row] = loss.applyAsDouble(point);
            }
        }
        return Table.create("plane", DoubleColumn.create("a", a), DoubleColumn.create("b", b),
                DoubleColumn.create("loss", values));
    }

    private static double[] grid(double from, double to, int points) {
        if (!Double.isFinite(from) || !Double.isFinite(to) || !(to > from)) {
            throw new IllegalArgumentException("range [" + from + ", " + to + "]; accepted: finite with from < to");
        }
        if (points < 2) {
            throw new IllegalArgumentException("points = " + points + "; accepted: at least 2");
        }
        double[] t = new double[points];
        for (int k = 0; k < points; k++) {
            t[k] = from + (to - from) * k / (points - 1);
        }
        return t;
    }

    private static void check(ToDoubleFunction<double[]> loss, double[] theta, String name) {
        if (theta == null || theta.length == 0) {
            throw new IllegalArgumentException(name + " is empty; accepted: a parameter vector of length p >= 1");
        }
        for (int i = 0; i < theta.length; i++) {
            if (!Double.isFinite(theta[i])) {
                throw new IllegalArgumentException(name + "[" + i + "] = " + theta[i] + "; accepted: finite");
            }
        }
    }

    private static void checkDirection(double[] theta, double[] direction, String name) {
        check(null, direction, name);
        if (direction.length != theta.length) {
            throw new IllegalArgumentException(name + " has length " + direction.length + "; accepted: " + theta.length
                    + " (the length of theta)");
        }
    }
}
