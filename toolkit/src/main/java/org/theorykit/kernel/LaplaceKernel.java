package org.theorykit.kernel;

/**
 * The Laplace kernel k(x, z) = exp(−‖x − z‖ / σ). Belkin, Ma, Mandal 2018 find that minimum-norm
 * interpolation with it generalizes on MNIST as well as with the Gaussian kernel and is better
 * conditioned (its spectrum decays polynomially, not exponentially).
 */
public final class LaplaceKernel extends Kernel {

    private final double bandwidth;

    /** @param bandwidth σ > 0 */
    public LaplaceKernel(double bandwidth) {
        this.bandwidth = requirePositive("bandwidth", bandwidth);
    }

    public double bandwidth() {
        return bandwidth;
    }

    @Override
    public double value(double[] x, double[] z) {
        return Math.exp(-Math.sqrt(squaredDistance(x, z)) / bandwidth);
    }

    @Override
    void fromInnerProducts(double[] g, double[] xNorms2, double[] zNorms2) {
        int rows = xNorms2.length;
        double scale = -1 / bandwidth;
        for (int j = 0, k = 0; j < zNorms2.length; j++) {
            double zz = zNorms2[j];
            for (int i = 0; i < rows; i++, k++) {
                g[k] = Math.exp(scale * Math.sqrt(Math.max(0, xNorms2[i] + zz - 2 * g[k])));
            }
        }
    }

    @Override
    public String toString() {
        return "laplace(σ=" + bandwidth + ")";
    }
}
