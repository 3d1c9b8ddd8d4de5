package org.theorykit.landscape;

/**
 * Eigenvalues of a Hessian with unit eigenvectors ({@code vectors[i]} belongs to {@code values[i]}),
 * each with its residual norm ‖Hv − λv‖, which bounds the eigenvalue's error.
 *
 * @param values        in the order asked for, see {@link Which}
 * @param vectors       unit Ritz vectors, length p each
 * @param residuals     ‖Hv − λv‖ for each pair (from the Lanczos relation, β_m·|last component|)
 * @param lanczosSteps  Krylov dimension used
 */
public record Eigenpairs(double[] values, double[][] vectors, double[] residuals, int lanczosSteps) {
}
