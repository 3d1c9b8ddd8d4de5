package org.theorykit.landscape;

import java.util.SplittableRandom;
import org.theorykit.objective.HessianVectorProduct;
import smile.math.MathEx;
import org.theorykit.Arguments;

/**
 * The dominant eigenvalue by power iteration v ← Hv/‖Hv‖ with Rayleigh quotient λ = vᵀHv (Golub &amp;
 * Van Loan §7.3.1), the usual sharpness estimate λ_max(∇²L) (e.g. Keskar et al. 2017,
 * arXiv:1609.04836; Cohen et al. 2021, arXiv:2103.00065). It converges to the eigenvalue of largest
 * |λ| (sign kept), at rate |λ₂/λ₁| per iteration; stops when ‖Hv − λv‖ ≤ tolerance·|λ|.
 */
public final class PowerIteration {

    /**
     * @param value      the Rayleigh quotient at the last iterate
     * @param vector     the unit iterate
     * @param residual   ‖Hv − λv‖
     * @param iterations products H·v used
     * @param converged  whether the residual tolerance was met within the budget
     */
    public record Result(double value, double[] vector, double residual, int iterations, boolean converged) {
    }

    private PowerIteration() {
    }

    /** Sharpness with tolerance 1e-10 and at most 10 000 iterations. */
    public static Result sharpness(HessianVectorProduct hessian, long seed) {
        return dominant(hessian, 1e-10, 10_000, seed);
    }

    public static Result dominant(HessianVectorProduct hessian, double tolerance, int maxIterations, long seed) {
        int p = Vectors.dimension(hessian);
        Arguments.positiveFinite("tolerance", tolerance);
        Arguments.inRange("maxIterations", maxIterations, 1, Integer.MAX_VALUE);
        double[] v = new double[p];
        double[] hv = new double[p];
        Vectors.fillGaussian(v, new SplittableRandom(seed));
        Vectors.scale(v, 1 / MathEx.norm(v));
        double value = 0;
        double residual = Double.POSITIVE_INFINITY;
        int iteration = 0;
        while (iteration < maxIterations) {
            CheckedProducts.apply(hessian, v, hv, "power iteration", iteration + 1);
            iteration++;
            value = MathEx.dot(v, hv);
            double hvNorm = MathEx.norm(hv);
            residual = residual(hv, value, v);
            if (residual <= tolerance * Math.abs(value) || hvNorm == 0) {
                return new Result(value, v, residual, iteration, true);
            }
            for (int i = 0; i < p; i++) {
                v[i] = hv[i] / hvNorm;
            }
        }
        return new Result(value, v, residual, iteration, false);
    }

    /** ‖Hv − λv‖, summed directly: ‖Hv‖² − λ² would cancel below 1e-8 relative. */
    private static double residual(double[] hv, double value, double[] v) {
        double sum = 0;
        for (int i = 0; i < v.length; i++) {
            double r = hv[i] - value * v[i];
            sum += r * r;
        }
        return Math.sqrt(sum);
    }
}
