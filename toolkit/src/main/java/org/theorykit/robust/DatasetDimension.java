package org.theorykit.robust;

import java.util.Locale;
import org.theorykit.Arguments;
import org.theorykit.data.ImageSet;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The intrinsic dimension of a dataset by every estimator of {@link IntrinsicDimension} — the MLE
 * for a range of k, TwoNN and PCA — with the time each part took, and the parameter count
 * n·d_eff that Bubeck &amp; Sellke's (2021, arXiv:2105.12806) law of robustness asks of a model that
 * fits n noisy points smoothly when d_eff replaces the ambient dimension (their speculation for
 * MNIST: n = 6·10⁴ and d_eff between 15 and 150, hence 10⁶–10⁷ parameters).
 * <pre>{@code
 * ImageDataset mnist = ImageDataset.mnist();
 * DatasetDimension id = DatasetDimension.measure("MNIST", DatasetDimension.pixels(mnist.train(), mnist.test()), 3, 20);
 * id.summary(60_000);        // estimator, k, dimension, implied_parameters
 * id.mle();                  // the MLE table over k
 * }</pre>
 *
 * @param name              the dataset's label
 * @param points            n
 * @param ambientDimension  d
 * @param mle               {@link IntrinsicDimension#mleTable} for k = kMin..kMax
 * @param twoNn             TwoNN
 * @param pca               PCA explained variance
 * @param neighbourSeconds  time of the nearest-neighbour search
 * @param pcaSeconds        time of the PCA
 */
public record DatasetDimension(String name, int points, int ambientDimension, Table mle, IntrinsicDimension.TwoNn twoNn,
                               IntrinsicDimension.Pca pca, double neighbourSeconds, double pcaSeconds) {

    /** Runs every estimator on {@code x} (n × d), the MLE for k = kMin..kMax (3 ≤ kMin ≤ kMax &lt; n). */
    public static DatasetDimension measure(String name, double[][] x, int kMin, int kMax) {
        Arguments.notNull("name", name);
        Arguments.notNull("x", x);
        if (kMin < 3 || kMax < kMin) {
            throw new IllegalArgumentException("need 3 <= kMin <= kMax, got kMin = " + kMin + ", kMax = " + kMax);
        }
        long start = System.nanoTime();
        NearestNeighbors neighbours = NearestNeighbors.of(x, kMax);
        double neighbourSeconds = (System.nanoTime() - start) / 1e9;
        Table mle = IntrinsicDimension.mleTable(neighbours, kMin, kMax);
        IntrinsicDimension.TwoNn twoNn = IntrinsicDimension.twoNn(neighbours);
        start = System.nanoTime();
        IntrinsicDimension.Pca pca = IntrinsicDimension.pca(x);
        double pcaSeconds = (System.nanoTime() - start) / 1e9;
        mle.setName("MLE intrinsic dimension of " + name);
        return new DatasetDimension(name, x.length, x[0].length, mle, twoNn, pca, neighbourSeconds, pcaSeconds);
    }

    /** The images of the given splits, one row per image (pixels in [0, 1]), split after split. */
    public static double[][] pixels(ImageSet... splits) {
        Arguments.notNull("splits", splits);
        int n = 0;
        for (ImageSet s : splits) {
            n += Arguments.notNull("split", s).size();
        }
        double[][] x = new double[n][];
        int next = 0;
        for (ImageSet s : splits) {
            for (double[] row : s.pixels()) {
                x[next++] = row;
            }
        }
        return x;
    }

    /**
     * One row per estimate: {@code estimator}, {@code k} (0 where none), {@code dimension} and
     * {@code implied_parameters} = trainingSize·dimension, the n·d of the law with d → d_eff.
     */
    public Table summary(long trainingSize) {
        Arguments.atLeast("trainingSize", trainingSize, 1);
        Table table = Table.create("intrinsic dimension of " + name + " (n = " + points + ", d = " + ambientDimension + ")",
                StringColumn.create("estimator"), IntColumn.create("k"), DoubleColumn.create("dimension"),
                LongColumn.create("implied_parameters"));
        for (int r = 0; r < mle.rowCount(); r++) {
            int k = mle.intColumn("k").getInt(r);
            add(table, "MLE (MacKay-Ghahramani)", k, mle.doubleColumn("mackay_ghahramani").getDouble(r), trainingSize);
            add(table, "MLE (Levina-Bickel mean)", k, mle.doubleColumn("levina_bickel").getDouble(r), trainingSize);
        }
        add(table, "TwoNN", 0, twoNn.dimension(), trainingSize);
        for (double fraction : new double[] {0.90, 0.95, 0.99}) {
            add(table, String.format(Locale.ROOT, "PCA %.0f%% variance", 100 * fraction), 0, pca.components(fraction), trainingSize);
        }
        return table;
    }

    private static void add(Table table, String estimator, int k, double dimension, long trainingSize) {
        table.stringColumn("estimator").append(estimator);
        table.intColumn("k").append(k);
        table.doubleColumn("dimension").append(dimension);
        table.longColumn("implied_parameters").append(Math.round(trainingSize * dimension));
    }

    /**
     * The MacKay–Ghahramani MLE (k neighbours) and TwoNN of each class of {@code set} on its own:
     * columns {@code class}, {@code n}, {@code mackay_ghahramani}, {@code two_nn}.
     */
    public static Table perClass(ImageSet set, int k) {
        Arguments.notNull("set", set);
        Table table = Table.create("intrinsic dimension per class (k = " + k + ")", IntColumn.create("class"), IntColumn.create("n"),
                DoubleColumn.create("mackay_ghahramani"), DoubleColumn.create("two_nn"));
        int[] labels = set.labels();
        for (int c = 0; c < ImageSet.CLASSES; c++) {
            int cls = c;
            int[] members = java.util.stream.IntStream.range(0, labels.length).filter(i -> labels[i] == cls).toArray();
            if (members.length <= k) {
                continue;
            }
            NearestNeighbors neighbours = NearestNeighbors.of(set.select(members).pixels(), k);
            table.intColumn("class").append(c);
            table.intColumn("n").append(members.length);
            table.doubleColumn("mackay_ghahramani").append(IntrinsicDimension.mackayGhahramani(neighbours, k));
            table.doubleColumn("two_nn").append(IntrinsicDimension.twoNn(neighbours).dimension());
        }
        return table;
    }
}
