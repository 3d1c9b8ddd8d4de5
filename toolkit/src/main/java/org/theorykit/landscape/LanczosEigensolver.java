package org.theorykit.landscape;

import java.util.Arrays;
import java.util.Comparator;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.theorykit.objective.HessianVectorProduct;
import smile.math.MathEx;
import org.theorykit.Arguments;

/**
 * Extreme eigenpairs of a Hessian from Hessian-vector products only: Lanczos with full
 * reorthogonalization (see {@link LanczosProcess}), Ritz values from Smile's tridiagonal eigensolver.
 * The Krylov space grows (doubling from max(2k + 20, 40) steps) until every wanted Ritz pair has
 * residual β_m|s_{m,i}| ≤ tolerance·max|θ| (Parlett, The Symmetric Eigenvalue Problem, §13.2), or
 * reaches p, where the Ritz values are the eigenvalues to rounding. Used on neural-network Hessians
 * by Ghorbani, Krishnan, Xiao 2019 (arXiv:1901.10159) and Yao et al. 2020 (PyHessian, arXiv:1912.07145).
 */
public final class LanczosEigensolver {

    /** Default relative residual tolerance. */
    public static final double DEFAULT_TOLERANCE = 1e-10;

    private LanczosEigensolver() {
    }

    /** The k largest eigenvalues and their eigenvectors, descending. */
    public static Eigenpairs top(HessianVectorProduct hessian, int k, long seed) {
        return solve(hessian, k, Which.LARGEST, DEFAULT_TOLERANCE, seed);
    }

    /** The k eigenpairs at the chosen end of the spectrum, to a relative residual tolerance. */
    public static Eigenpairs solve(HessianVectorProduct hessian, int k, Which which, double tolerance, long seed) {
        int p = Vectors.dimension(hessian);
        Arguments.inRange("k", k, 1, p);
        Arguments.positiveFinite("tolerance", tolerance);
        if (which == null) {
            throw new IllegalArgumentException("which must not be null");
        }
        SplittableRandom random = new SplittableRandom(seed);
        double[] start = new double[p];
        Vectors.fillGaussian(start, random);
        LanczosProcess lanczos = new LanczosProcess(hessian, start, true, random);
        int steps = Math.min(p, Math.max(2 * k + 20, 40));
        while (true) {
            lanczos.extendTo(steps);
            int m = lanczos.steps();
            TridiagonalEigen ritz = new TridiagonalEigen(lanczos.alpha(), lanczos.beta());
            int[] wanted = select(ritz.values, k, which);
            double betaLast = lanczos.beta()[m - 1];
            double scale = Math.max(Math.abs(ritz.values[0]), Math.abs(ritz.values[m - 1]));
            double[] residuals = new double[k];
            boolean converged = true;
            for (int i = 0; i < k; i++) {
                residuals[i] = Math.abs(betaLast * ritz.vector(m - 1, wanted[i]));
                converged &= residuals[i] <= tolerance * scale;
            }
            if (converged || m == p) {
                return new Eigenpairs(select(ritz.values, wanted), ritzVectors(lanczos, ritz, wanted, p), residuals, m);
            }
            steps = Math.min(p, 2 * steps);
        }
    }

    private static int[] select(double[] ascending, int k, Which which) {
        int m = ascending.length;
        Comparator<Integer> order = switch (which) {
            case LARGEST -> Comparator.comparingDouble(i -> -ascending[i]);
            case SMALLEST -> Comparator.comparingDouble(i -> ascending[i]);
            case LARGEST_MAGNITUDE -> Comparator.comparingDouble(i -> -Math.abs(ascending[i]));
        };
        return IntStream.range(0, m).boxed().sorted(order).limit(k).mapToInt(Integer::intValue).toArray();
    }

    private static double[] select(double[] values, int[] indices) {
        return Arrays.stream(indices).mapToDouble(i -> values[i]).toArray();
    }

    /** y_i = Q_m s_i, renormalized against rounding. */
    private static double[][] ritzVectors(LanczosProcess lanczos, TridiagonalEigen ritz, int[] wanted, int p) {
        double[][] vectors = new double[wanted.length][p];
        for (int i = 0; i < wanted.length; i++) {
            for (int j = 0; j < lanczos.steps(); j++) {
                Vectors.addScaled(vectors[i], ritz.vector(j, wanted[i]), lanczos.basisVector(j));
            }
            Vectors.scale(vectors[i], 1 / MathEx.norm(vectors[i]));
        }
        return vectors;
    }
}
