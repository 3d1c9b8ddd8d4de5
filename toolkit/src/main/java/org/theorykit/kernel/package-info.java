/**
 * Kernel interpolation and random features: the "interpolation without overfitting" experiments of
 * Zhang et al. 2017 (arXiv:1611.03530), Belkin, Ma, Mandal 2018 (arXiv:1802.01396) and the
 * double-descent model of Belkin, Hsu, Ma, Mandal 2019 (arXiv:1812.11118).
 * <ul>
 *   <li>{@link org.theorykit.kernel.Kernel}: {@link org.theorykit.kernel.GaussianKernel},
 *       {@link org.theorykit.kernel.LaplaceKernel}, {@link org.theorykit.kernel.ArcCosineKernel}; kernel
 *       matrices through one GEMM;</li>
 *   <li>{@link org.theorykit.kernel.KernelInterpolant}: (K + λI)α = Y by Cholesky, λ = 0 interpolates;</li>
 *   <li>{@link org.theorykit.kernel.RandomFeatureMap} and {@link org.theorykit.kernel.RandomFeatureRegression}:
 *       minimum-norm least squares on N random ReLU or Fourier features;</li>
 *   <li>{@link org.theorykit.kernel.Bandwidth}: the median heuristic, from training inputs only;</li>
 *   <li>{@link org.theorykit.kernel.LeastSquaresDescent}: gradient descent on ½‖Xw − y‖² from w₀, ending at
 *       X⁺y + (I − X⁺X)w₀ — the minimum-norm interpolant from w₀ = 0 (Zhang et al. 2017, sec. 5);</li>
 *   <li>the registered experiments {@code kernel-interpolation} ({@link org.theorykit.experiment.interpolation.InterpolationExperiment})
 *       and {@code double-descent} ({@link org.theorykit.experiment.interpolation.DoubleDescentExperiment}).</li>
 * </ul>
 * <pre>{@code
 * ImageDataset mnist = ImageDataset.mnist();
 * ImageSet train = mnist.train().subsample(5_000, 1);
 * KernelInterpolant f = KernelInterpolant.fit(new GaussianKernel(5), train.pixels(), train.oneHot(), 0);
 * double testError = Classification.errorRate(f.classify(mnist.test().pixels()), mnist.test().labels());
 * double norm = f.rkhsNorm();
 * }</pre>
 */
package org.theorykit.kernel;
