package org.theorykit.kernel;

/**
 * The Gaussian kernel k(x, z) = exp(−‖x − z‖² / (2σ²)). Belkin, Ma, Mandal 2018 ("To understand
 * deep learning we need to understand kernel learning") and Belkin, Hsu, Ma, Mandal 2019
 * (arXiv:1812.11118, random Fourier features) use σ = 5 on MNIST pixels in [0, 1].
 */
public final class GaussianKernel extends Kernel {

    private final double bandwidth;

    /** @param bandwidth σ > 0 */
    public GaussianKernel(double bandwidth) {
        this.bandwidth = requirePositive("bandwidth", bandwidth);
    }

    public double bandwidth() {
        return bandwidth;
    }

    @Override
    public double value(double[] x, double[] z) {
        return Math.exp(-squaredDistance(x, z) / (2 * bandwidth * bandwidth));
    }

    @Override
    void fromInnerProducts(double[] g, double[] xNorms2, double[] zNorms2) {
        int rows = xNorms2.length;
        double scale = -1 / (2 * bandwidth * bandwidth);
        for (int j = 0, k = 0; j < zNorms2.length; j++) {
            double zz = zNorms2[j];
            for (int i = 0; i < rows; i++, k++) {
                g[k] = Math.exp(scale * Math.max(0, xNorms2[i] + zz - 2 * g[k]));
            }
        }
    }

    @Override
    public String toString() {
        return "gaussian(σ=" + bandwidth + ")";
    }
}
