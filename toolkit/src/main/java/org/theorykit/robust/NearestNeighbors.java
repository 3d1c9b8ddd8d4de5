package org.theorykit.robust;

import java.nio.DoubleBuffer;
import java.util.Arrays;
import java.util.concurrent.CancellationException;
import java.util.stream.IntStream;
import org.theorykit.Arguments;
import org.theorykit.linalg.Blas;
import smile.math.MathEx;

/**
 * The k nearest neighbours of every point of a sample (Euclidean, the point itself excluded), the
 * input of the intrinsic-dimension estimators in {@link IntrinsicDimension}.
 *
 * <p>Computed exhaustively but fast: blocks of rows of the squared-distance matrix
 * ‖x_i‖² + ‖x_j‖² − 2⟨x_i, x_j⟩ come from one OpenBLAS product per block ({@link Blas#gemm}); each
 * row keeps its k + {@value #MARGIN} smallest candidates, whose distances are then recomputed exactly
 * from the coordinates (the Gram form loses digits to cancellation, so duplicates would not come out
 * as exactly 0). For n = 10,000 MNIST digits in 784 dimensions this takes seconds on two cores; a
 * tree (KD, cover) gains nothing at such dimensions.
 *
 * @param distances {@code distances[i][j]} = T_{j+1}(x_i), the distance to the (j+1)-th nearest other point, ascending
 * @param indices   {@code indices[i][j]} = the index of that neighbour
 */
public record NearestNeighbors(double[][] distances, int[][] indices) {

    /** Extra candidates kept per row before the exact recomputation. */
    static final int MARGIN = 4;

    private static final int BLOCK = 512;

    /** The {@code k} nearest other points of each row of {@code x} (n × d, n ≥ k + 1, finite). */
    public static NearestNeighbors of(double[][] x, int k) {
        Arguments.notNull("x", x);
        Arguments.atLeast("k", k, 1);
        int n = x.length;
        if (n < k + 1) {
            throw new IllegalArgumentException("x must have at least k + 1 = " + (k + 1) + " rows, got " + n);
        }
        int d = x[0].length;
        DoubleBuffer all = Blas.allocate(n * d);
        double[] norms = new double[n];
        for (int i = 0; i < n; i++) {
            if (x[i] == null || x[i].length != d) {
                throw new IllegalArgumentException("x[" + i + "] must have length " + d + " like x[0], got "
                        + (x[i] == null ? "null" : x[i].length));
            }
            for (int j = 0; j < d; j++) {
                double v = x[i][j];
                if (!Double.isFinite(v)) {
                    throw new IllegalArgumentException("x[" + i + "][" + j + "] must be finite, got " + v);
                }
                all.put(i * d + j, v);
                norms[i] += v * v;
            }
        }
        int candidates = Math.min(k + MARGIN, n - 1);
        double[][] distances = new double[n][];
        int[][] indices = new int[n][];
        int block = Math.min(BLOCK, n);
        DoubleBuffer rows = Blas.allocate(block * d);
        DoubleBuffer gram = Blas.allocate(block * n);
        for (int start = 0; start < n; start += block) {
            if (Thread.currentThread().isInterrupted()) {
                throw new CancellationException("nearest-neighbour search interrupted after " + start + " of " + n + " rows");
            }
            int size = Math.min(block, n - start);
            for (int r = 0; r < size * d; r++) {
                rows.put(r, all.get(start * d + r));
            }
            Blas.gemm(false, true, size, n, d, 1, rows, all, 0, gram);
            int first = start;
            IntStream.range(0, size).parallel().forEach(r -> {
                int i = first + r;
                int[] best = nearestCandidates(gram, r * n, n, i, norms, candidates);
                double[] exact = new double[best.length];
                for (int c = 0; c < best.length; c++) {
                    exact[c] = MathEx.distance(x[i], x[best[c]]);
                }
                sortTogether(exact, best);
                distances[i] = Arrays.copyOf(exact, k);
                indices[i] = Arrays.copyOf(best, k);
            });
        }
        return new NearestNeighbors(distances, indices);
    }

    /** Number of points. */
    public int size() {
        return distances.length;
    }

    /** Neighbours kept per point. */
    public int k() {
        return distances[0].length;
    }

    /** The indices of the {@code count} smallest approximate squared distances from row {@code i}, excluding i. */
    private static int[] nearestCandidates(DoubleBuffer gram, int offset, int n, int i, double[] norms, int count) {
        double[] key = new double[count];
        int[] index = new int[count];
        Arrays.fill(key, Double.POSITIVE_INFINITY);
        Arrays.fill(index, -1);
        double ni = norms[i];
        for (int j = 0; j < n; j++) {
            if (j == i) {
                continue;
            }
            double d2 = ni + norms[j] - 2 * gram.get(offset + j);
            if (d2 < key[count - 1]) {
                int p = count - 1;
                while (p > 0 && key[p - 1] > d2) {
                    key[p] = key[p - 1];
                    index[p] = index[p - 1];
                    p--;
                }
                key[p] = d2;
                index[p] = j;
            }
        }
        return index;
    }

    /** Insertion sort of {@code keys} ascending, permuting {@code values} alike (short arrays). */
    private static void sortTogether(double[] keys, int[] values) {
        for (int a = 1; a < keys.length; a++) {
            double key = keys[a];
            int value = values[a];
            int b = a - 1;
            while (b >= 0 && keys[b] > key) {
                keys[b + 1] = keys[b];
                values[b + 1] = values[b];
                b--;
            }
            keys[b + 1] = key;
            values[b + 1] = value;
        }
    }
}
