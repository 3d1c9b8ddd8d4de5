package org.theorykit.robust;

import org.theorykit.Median;
import java.util.Arrays;
import org.theorykit.Arguments;
import smile.feature.extraction.PCA;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;

/**
 * Intrinsic-dimension estimators: the number of coordinates the data really uses, the "effective
 * dimension" Bubeck &amp; Sellke (2021, arXiv:2105.12806) put in place of the pixel count when they
 * speculate on MNIST, and what Pope et al. (2021, arXiv:2104.08894) measure on image datasets.
 *
 * <ul>
 *   <li>Three maximum-likelihood estimators from the k nearest neighbours, which differ by the
 *       normalization and by where the average is taken. With T_j(x) the distance to the j-th neighbour
 *       and S_k(x) = Σ_{j&lt;k} ln(T_k(x)/T_j(x)), under Levina and Bickel's local Poisson model m·S_k(x)
 *       is Gamma(k − 1, 1), and on data of dimension m, as n grows:
 *       <ul>
 *         <li>{@link #levinaBickel}: Levina &amp; Bickel (NeurIPS 2004, eqs. 8–9), the mean over the
 *             points of m̂_k(x) = (k − 1)/S_k(x); tends to m(k − 1)/(k − 2) (biased up: 2m at k = 3);</li>
 *         <li>{@link #mackayGhahramani}: MacKay &amp; Ghahramani's 2005 comment on it, the inverse of
 *             the mean of S_k(x)/(k − 1), the MLE when all points share m; tends to m;</li>
 *         <li>{@link #popeEtAl}: the inverse of the mean of S_k(x)/(k − 2), as in Pope et al.'s code
 *             (ppope/dimensions, estimators/mle.py); tends to m(k − 2)/(k − 1) (m/2 at k = 3), reported
 *             to compare with their numbers.</li>
 *       </ul>
 *       {@link #mleEstimates} computes the three in one pass, {@link #mleTable} over a range of k.</li>
 *   <li>{@link #twoNn}: Facco, d'Errico, Rodriguez &amp; Laio (Sci. Rep. 2017): μ = T_2/T_1 is Pareto
 *       with exponent m, so −ln(1 − F(μ)) = m·ln μ; the largest 10% of the μ are discarded and m is
 *       the least-squares slope through the origin, with F the empirical distribution i/n.</li>
 *   <li>{@link #pca}: the number of principal components needed for a fraction of the variance
 *       (a linear, global notion: it overestimates curved manifolds).</li>
 * </ul>
 * Points with a duplicate (T_1 = 0) carry no information on the dimension and are left out of the
 * nearest-neighbour estimators; the count is reported.
 */
public final class IntrinsicDimension {

    /** Fraction of the largest ratios TwoNN discards (Facco et al. 2017). */
    public static final double TWO_NN_DISCARD = 0.1;

    private IntrinsicDimension() {
    }

    /**
     * The three nearest-neighbour MLEs with {@code k} neighbours (see the class comment).
     *
     * @param perPoint         Levina and Bickel's m̂_k(x_i) = (k − 1)/S_k(x_i) for the points used, in their order
     * @param levinaBickel     mean of {@code perPoint}
     * @param mackayGhahramani 1 / mean of S_k(x)/(k − 1)
     * @param popeEtAl         1 / mean of S_k(x)/(k − 2) = (k − 2)/(k − 1) · {@code mackayGhahramani}
     * @param excluded         points left out (a duplicate neighbour, T_1 = 0, or all k distances equal)
     */
    public record MleEstimates(int k, double[] perPoint, double levinaBickel, double mackayGhahramani, double popeEtAl,
                               int excluded) {
    }

    /**
     * TwoNN.
     *
     * @param dimension the fitted slope m
     * @param used      ratios in the fit (the smallest 90%)
     * @param excluded  points left out because T_1 = 0
     */
    public record TwoNn(double dimension, int used, int excluded) {
    }

    /** Explained variance of principal components; {@code cumulative[j]} = fraction of variance in the first j + 1. */
    public record Pca(double[] cumulative) {

        /** The smallest number of components whose explained variance reaches {@code fraction} ∈ (0, 1]. */
        public int components(double fraction) {
            if (!(fraction > 0 && fraction <= 1)) {
                throw new IllegalArgumentException("fraction must be in (0, 1], got " + fraction);
            }
            for (int j = 0; j < cumulative.length; j++) {
                if (cumulative[j] >= fraction - 1e-12) {
                    return j + 1;
                }
            }
            return cumulative.length;
        }

        /** Components needed for 90, 95 and 99 % of the variance: columns {@code variance}, {@code components}. */
        public Table table() {
            double[] fractions = {0.90, 0.95, 0.99};
            int[] counts = Arrays.stream(fractions).mapToInt(this::components).toArray();
            return Table.create("PCA dimension", DoubleColumn.create("variance", fractions), IntColumn.create("components", counts));
        }
    }

    /** Levina &amp; Bickel's estimate with {@code k} neighbours (mean of the per-point (k − 1)/S_k); 3 ≤ k ≤ {@code neighbours.k()}. */
    public static double levinaBickel(NearestNeighbors neighbours, int k) {
        return mleEstimates(neighbours, k).levinaBickel();
    }

    /** MacKay &amp; Ghahramani's estimate with {@code k} neighbours ((k − 1) / mean S_k); 3 ≤ k ≤ {@code neighbours.k()}. */
    public static double mackayGhahramani(NearestNeighbors neighbours, int k) {
        return mleEstimates(neighbours, k).mackayGhahramani();
    }

    /** Pope et al.'s convention with {@code k} neighbours ((k − 2) / mean S_k); 3 ≤ k ≤ {@code neighbours.k()}. */
    public static double popeEtAl(NearestNeighbors neighbours, int k) {
        return mleEstimates(neighbours, k).popeEtAl();
    }

    /** The three MLEs with {@code k} neighbours in one pass; 3 ≤ k ≤ {@code neighbours.k()}. */
    public static MleEstimates mleEstimates(NearestNeighbors neighbours, int k) {
        Arguments.notNull("neighbours", neighbours);
        if (k < 3 || k > neighbours.k()) {
            throw new IllegalArgumentException("k must be in 3.." + neighbours.k() + " (the neighbours computed), got " + k);
        }
        double[] estimates = new double[neighbours.size()];
        int used = 0;
        for (double[] t : neighbours.distances()) {
            if (!(t[0] > 0)) {
                continue;
            }
            double sum = 0;
            for (int j = 0; j < k - 1; j++) {
                sum += Math.log(t[k - 1] / t[j]);
            }
            if (sum > 0) {
                estimates[used++] = (k - 1) / sum;
            }
        }
        if (used == 0) {
            throw new IllegalArgumentException("no point has k = " + k + " distinct positive neighbour distances");
        }
        double[] perPoint = Arrays.copyOf(estimates, used);
        double mean = Arrays.stream(perPoint).average().orElseThrow();
        double meanS = Arrays.stream(perPoint).map(m -> (k - 1) / m).average().orElseThrow();
        return new MleEstimates(k, perPoint, mean, (k - 1) / meanS, (k - 2) / meanS, neighbours.size() - used);
    }

    /**
     * The three MLEs for every k in [kMin, kMax]: columns {@code k}, {@code levina_bickel},
     * {@code mackay_ghahramani}, {@code pope_et_al}, {@code median_per_point}, {@code excluded}.
     */
    public static Table mleTable(NearestNeighbors neighbours, int kMin, int kMax) {
        Arguments.notNull("neighbours", neighbours);
        if (kMin < 3 || kMax < kMin || kMax > neighbours.k()) {
            throw new IllegalArgumentException("need 3 <= kMin <= kMax <= " + neighbours.k() + ", got kMin = " + kMin + ", kMax = " + kMax);
        }
        Table table = Table.create("MLE intrinsic dimension", IntColumn.create("k"), DoubleColumn.create("levina_bickel"),
                DoubleColumn.create("mackay_ghahramani"), DoubleColumn.create("pope_et_al"),
                DoubleColumn.create("median_per_point"), IntColumn.create("excluded"));
        for (int k = kMin; k <= kMax; k++) {
            MleEstimates m = mleEstimates(neighbours, k);
            table.intColumn("k").append(k);
            table.doubleColumn("levina_bickel").append(m.levinaBickel());
            table.doubleColumn("mackay_ghahramani").append(m.mackayGhahramani());
            table.doubleColumn("pope_et_al").append(m.popeEtAl());
            table.doubleColumn("median_per_point").append(Median.of(m.perPoint()));
            table.intColumn("excluded").append(m.excluded());
        }
        return table;
    }

    /** TwoNN from the first two neighbour distances; needs {@code neighbours.k() ≥ 2}. */
    public static TwoNn twoNn(NearestNeighbors neighbours) {
        Arguments.notNull("neighbours", neighbours);
        if (neighbours.k() < 2) {
            throw new IllegalArgumentException("neighbours must hold k >= 2 neighbours per point, got " + neighbours.k());
        }
        double[] ratios = new double[neighbours.size()];
        int count = 0;
        for (double[] t : neighbours.distances()) {
            if (t[0] > 0) {
                ratios[count++] = t[1] / t[0];
            }
        }
        int kept = (int) Math.floor((1 - TWO_NN_DISCARD) * count);
        if (kept < 2) {
            throw new IllegalArgumentException("TwoNN needs at least 3 points without duplicates, got " + count);
        }
        double[] mu = Arrays.copyOf(ratios, count);
        Arrays.sort(mu);
        double sxy = 0;
        double sxx = 0;
        for (int i = 0; i < kept; i++) {
            double x = Math.log(mu[i]);
            double y = -Math.log(1 - (i + 1.0) / count);
            sxy += x * y;
            sxx += x * x;
        }
        if (!(sxx > 0)) {
            throw new IllegalArgumentException("TwoNN is undefined: all kept ratios T2/T1 equal 1 (equidistant neighbours)");
        }
        return new TwoNn(sxy / sxx, kept, neighbours.size() - count);
    }

    /** Explained variance of the principal components of {@code x} (n × d, centred by PCA), via Smile. */
    public static Pca pca(double[][] x) {
        Arguments.matrix("x", x, -1);
        if (x.length < 2) {
            throw new IllegalArgumentException("x must have at least 2 rows, got " + x.length);
        }
        return new Pca(PCA.fit(x).cumulativeVarianceProportion());
    }
}
