package org.theorykit.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.theorykit.data.PointSampler;
import org.theorykit.data.Samplers;
import tech.tablesaw.api.Table;

/**
 * The estimators recover the dimension of synthetic manifolds of known dimension within 15%, on
 * every one of three sample seeds (n = 2000 points, k = 10 for the MLE; frame seed 7).
 */
class IntrinsicDimensionTest {

    private static final int N = 2000;
    private static final int K = 10;
    private static final long[] SEEDS = {11, 12, 13};

    private static final List<PointSampler> MANIFOLDS = List.of(
            Samplers.linearSubspace(50, 5, 7),
            Samplers.embeddedSphere(50, 4, 7),
            Samplers.torus(50, 3, 7),
            Samplers.swissRoll(50, 7));

    @Test
    void mleAndTwoNnRecoverManifoldDimensionOnEverySeed() {
        for (PointSampler law : MANIFOLDS) {
            int m = law.intrinsicDimension();
            for (long seed : SEEDS) {
                NearestNeighbors nn = NearestNeighbors.of(law.sample(N, seed), K);
                IntrinsicDimension.MleEstimates mle = IntrinsicDimension.mleEstimates(nn, K);
                IntrinsicDimension.TwoNn two = IntrinsicDimension.twoNn(nn);
                String where = law.name() + ", seed " + seed + ": MLE(MG) " + mle.mackayGhahramani()
                        + ", MLE(LB) " + mle.levinaBickel() + ", TwoNN " + two.dimension();
                assertEquals(m, mle.mackayGhahramani(), 0.15 * m, where);
                // Levina–Bickel normalize by k − 1: the mean of the per-point estimates has expectation m(k − 1)/(k − 2)
                assertEquals(m * (K - 1.0) / (K - 2), mle.levinaBickel(), 0.15 * m, where);
                assertEquals(m, two.dimension(), 0.15 * m, where);
            }
        }
    }

    /**
     * Known answers at k = 3, where the three MLEs differ most: on a uniform sample of the 4-cube
     * (n = 4000) Levina–Bickel tends to m(k − 1)/(k − 2) = 2m = 8, MacKay–Ghahramani to m = 4 and Pope
     * et al.'s convention to m(k − 2)/(k − 1) = m/2 = 2 (within 15%; the cube's edges bias all three a
     * little down). The named single-estimator methods return the same numbers as the one-pass record.
     */
    @Test
    void theThreeMlesAtKEquals3HaveTheirKnownLimits() {
        int m = 4;
        int k = 3;
        java.util.SplittableRandom random = new java.util.SplittableRandom(5);
        double[][] x = new double[4000][m];
        for (double[] row : x) {
            for (int j = 0; j < m; j++) {
                row[j] = random.nextDouble();
            }
        }
        NearestNeighbors nn = NearestNeighbors.of(x, k);
        double lb = IntrinsicDimension.levinaBickel(nn, k);
        double mg = IntrinsicDimension.mackayGhahramani(nn, k);
        double pope = IntrinsicDimension.popeEtAl(nn, k);
        String where = "LB " + lb + ", MG " + mg + ", Pope " + pope;
        assertEquals(2.0 * m, lb, 0.15 * 2 * m, where);
        assertEquals(m, mg, 0.15 * m, where);
        assertEquals(m / 2.0, pope, 0.15 * m / 2, where);
        assertEquals(mg / 2, pope, 1e-12 * mg, "Pope et al. = (k − 2)/(k − 1) · MacKay–Ghahramani exactly");
        IntrinsicDimension.MleEstimates all = IntrinsicDimension.mleEstimates(nn, k);
        assertEquals(lb, all.levinaBickel());
        assertEquals(mg, all.mackayGhahramani());
        assertEquals(pope, all.popeEtAl());
    }

    /** Four points on a line with hand-computed neighbour distances: each estimator equals its formula to rounding. */
    @Test
    void exactAnswerOnAHandBuiltConfiguration() {
        double[][] x = {{0}, {1}, {3}};
        NearestNeighbors nn = NearestNeighbors.of(x, 2);
        assertThrows(IllegalArgumentException.class, () -> IntrinsicDimension.levinaBickel(nn, 3));
        double[][] y = {{0}, {1}, {3}, {7}};
        NearestNeighbors nn3 = NearestNeighbors.of(y, 3);
        // S_3(x) = ln(T3/T1) + ln(T3/T2): 0 → {1,3,7}: ln7 + ln(7/3); 1 → {1,2,6}: ln6 + ln3; 3 → {2,3,4}: ln2 + ln(4/3); 7 → {4,6,7}: ln(7/4) + ln(7/6)
        double[] s = {Math.log(7) + Math.log(7 / 3.0), Math.log(6) + Math.log(3), Math.log(2) + Math.log(4 / 3.0),
                Math.log(7 / 4.0) + Math.log(7 / 6.0)};
        double lb = 0;
        double meanS = 0;
        for (double v : s) {
            lb += 2 / v / 4;
            meanS += v / 4;
        }
        assertEquals(lb, IntrinsicDimension.levinaBickel(nn3, 3), 1e-12);
        assertEquals(2 / meanS, IntrinsicDimension.mackayGhahramani(nn3, 3), 1e-12);
        assertEquals(1 / meanS, IntrinsicDimension.popeEtAl(nn3, 3), 1e-12);
    }

    @Test
    void pcaFindsTheSubspaceAndOverestimatesTheTorus() {
        IntrinsicDimension.Pca subspace = IntrinsicDimension.pca(Samplers.linearSubspace(40, 6, 3).sample(1000, 1));
        assertEquals(6, subspace.components(0.99));
        assertTrue(subspace.components(0.90) <= 6);
        // the 3-torus spans 6 linear dimensions, each with variance 1/6: PCA sees 6, not 3
        IntrinsicDimension.Pca torus = IntrinsicDimension.pca(Samplers.torus(40, 3, 3).sample(4000, 1));
        assertEquals(6, torus.components(0.99));
        assertEquals(3, torus.table().rowCount());
    }

    @Test
    void neighboursAreExactAndExcludeThePointItself() {
        double[][] x = {{0}, {1}, {3}, {7}};
        NearestNeighbors nn = NearestNeighbors.of(x, 2);
        assertEquals(1.0, nn.distances()[0][0]);
        assertEquals(3.0, nn.distances()[0][1]);
        assertEquals(1, nn.indices()[0][0]);
        assertEquals(2.0, nn.distances()[2][0]);
        assertEquals(4.0, nn.distances()[3][0]);
        assertEquals(2, nn.indices()[3][0]);
    }

    @Test
    void neighboursMatchBruteForceOnRandomData() {
        double[][] x = Samplers.gaussian(30).sample(700, 5);
        NearestNeighbors nn = NearestNeighbors.of(x, 5);
        for (int i = 0; i < x.length; i += 37) {
            double[] all = new double[x.length - 1];
            for (int j = 0, c = 0; j < x.length; j++) {
                if (j != i) {
                    double s = 0;
                    for (int t = 0; t < 30; t++) {
                        s += (x[i][t] - x[j][t]) * (x[i][t] - x[j][t]);
                    }
                    all[c++] = Math.sqrt(s);
                }
            }
            java.util.Arrays.sort(all);
            for (int j = 0; j < 5; j++) {
                assertEquals(all[j], nn.distances()[i][j], 1e-12);
            }
        }
    }

    @Test
    void duplicatesAreExcludedAndCounted() {
        double[][] x = Samplers.linearSubspace(10, 2, 1).sample(500, 2);
        x[1] = x[0].clone();
        NearestNeighbors nn = NearestNeighbors.of(x, 5);
        assertEquals(0.0, nn.distances()[0][0]);
        assertEquals(2, IntrinsicDimension.mleEstimates(nn, 5).excluded());
        assertEquals(2, IntrinsicDimension.twoNn(nn).excluded());
    }

    @Test
    void mleTableHasOneRowPerK() {
        NearestNeighbors nn = NearestNeighbors.of(Samplers.linearSubspace(20, 3, 1).sample(800, 3), 12);
        Table table = IntrinsicDimension.mleTable(nn, 3, 12);
        assertEquals(10, table.rowCount());
        assertEquals(3, table.intColumn("k").get(0));
    }

    @Test
    void badInputIsRejected() {
        double[][] x = Samplers.gaussian(3).sample(10, 1);
        assertThrows(IllegalArgumentException.class, () -> NearestNeighbors.of(x, 10));
        assertThrows(IllegalArgumentException.class, () -> NearestNeighbors.of(x, 0));
        assertThrows(IllegalArgumentException.class, () -> NearestNeighbors.of(new double[][] {{1, 2}, {1}}, 1));
        assertThrows(IllegalArgumentException.class, () -> NearestNeighbors.of(new double[][] {{1}, {Double.NaN}}, 1));
        NearestNeighbors nn = NearestNeighbors.of(x, 4);
        assertThrows(IllegalArgumentException.class, () -> IntrinsicDimension.mleEstimates(nn, 2));
        assertThrows(IllegalArgumentException.class, () -> IntrinsicDimension.mleEstimates(nn, 5));
        assertThrows(IllegalArgumentException.class, () -> IntrinsicDimension.mleTable(nn, 4, 3));
        assertThrows(IllegalArgumentException.class, () -> IntrinsicDimension.twoNn(NearestNeighbors.of(x, 1)));
        assertThrows(IllegalArgumentException.class, () -> IntrinsicDimension.pca(new double[][] {{1}}));
        assertThrows(IllegalArgumentException.class, () -> IntrinsicDimension.pca(x).components(0));
    }
}
