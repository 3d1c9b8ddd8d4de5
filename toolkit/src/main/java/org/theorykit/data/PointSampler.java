package org.theorykit.data;

/**
 * A seeded distribution of points in R^d, the covariates x of the law of robustness
 * (Bubeck &amp; Sellke 2021, arXiv:2105.12806, Definition 1.1: isoperimetry of the covariate law μ).
 * Build one with {@link Samplers}; the same seed gives the same points.
 */
public interface PointSampler {

    /** A short label for tables and legends, e.g. "sphere S^99" or "5-subspace in R^100". */
    String name();

    /** The ambient dimension d: each point has d coordinates. */
    int ambientDimension();

    /** The dimension of the set the law lives on (d for full-dimensional laws, m for an m-manifold). */
    int intrinsicDimension();

    /** {@code n} independent points, an {@code n × ambientDimension()} array. */
    double[][] sample(int n, long seed);
}
