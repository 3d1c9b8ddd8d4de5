package org.theorykit.kernel;

import smile.math.MathEx;

/**
 * The arc-cosine kernel of order 1 (Cho &amp; Saul 2009, "Kernel methods for deep learning", eq. 6),
 * normalized as the infinite-width limit of a one-hidden-layer ReLU network with weights w ~ N(0, I):
 * <pre>
 *   k(x, z) = E_w[relu(w·x) relu(w·z)] = ‖x‖ ‖z‖ (sin θ + (π − θ) cos θ) / (2π),   θ = ∠(x, z).
 * </pre>
 * Cho &amp; Saul's k_1 is twice this (their definition integrates with 2·N(0, I)); the factor does not
 * change the interpolant's predictions. It is the ReLU network's NNGP kernel and, for the
 * second-layer weights, its NTK. k(x, x) = ‖x‖²/2; k(0, z) = 0.
 */
public final class ArcCosineKernel extends Kernel {

    @Override
    public double value(double[] x, double[] z) {
        return formula(MathEx.dot(x, z), Math.sqrt(MathEx.dot(x, x) * MathEx.dot(z, z)));
    }

    @Override
    void fromInnerProducts(double[] g, double[] xNorms2, double[] zNorms2) {
        int rows = xNorms2.length;
        for (int j = 0, k = 0; j < zNorms2.length; j++) {
            double zz = zNorms2[j];
            for (int i = 0; i < rows; i++, k++) {
                g[k] = formula(g[k], Math.sqrt(xNorms2[i] * zz));
            }
        }
    }

    private static double formula(double inner, double normProduct) {
        if (normProduct == 0) {
            return 0;
        }
        double cos = Math.max(-1, Math.min(1, inner / normProduct));
        double theta = Math.acos(cos);
        return normProduct * (Math.sin(theta) + (Math.PI - theta) * cos) / (2 * Math.PI);
    }

    @Override
    public String toString() {
        return "arc-cosine(order 1)";
    }
}
