package org.theorykit.experiment.robust;

import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.theorykit.Median;
import org.theorykit.Seeds;
import org.theorykit.data.Samplers;
import org.theorykit.robust.SingleParameterFit;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;

/**
 * Lecture 03's "one parameter fits any labels" (Bubeck–Sellke 2021, arXiv:2105.12806, on the
 * bounded-weights assumption): for each n, {@code seeds} data sets of n points uniform on S² with fair
 * ±1 labels, each fitted by {@link SingleParameterFit} (f_θ(x) = sin(θ⟨u, x⟩), θ up to 10⁹). The data set
 * of seed s draws its points, labels and u from the streams {@code Seeds.derive(s, "points" | "labels" |
 * "direction")}, see {@link Sample#draw} and {@link #fit}.
 */
public final class SingleParameterSweep {

    /** The search bound on θ. */
    public static final double THETA_MAX = 1e9;

    private SingleParameterSweep() {
    }

    /**
     * One row per n: n; {@code fitted}, how many of the seeds' searches found a θ; {@code wrong_labels},
     * the training points misclassified by the found θ's, summed over the fitted runs (0 when every fit is
     * exact); {@code median_theta} and {@code median_lipschitz} (= median θ, since Lip f_θ = θ) over the
     * seeds firstSeed, …, firstSeed + seeds − 1, NaN when some seed found no θ.
     */
    public static Table run(int[] sizes, int seeds, long firstSeed) {
        if (sizes == null || sizes.length == 0 || IntStream.of(sizes).anyMatch(n -> n < 1)) {
            throw new IllegalArgumentException("sizes must hold at least one n >= 1");
        }
        if (seeds < 1) {
            throw new IllegalArgumentException("seeds must be >= 1, got " + seeds);
        }
        Table table = Table.create("One parameter fits random labels on the sphere S² (median over " + seeds + " seeds)",
                IntColumn.create("n"), IntColumn.create("fitted"), IntColumn.create("wrong_labels"),
                DoubleColumn.create("median_theta"), DoubleColumn.create("median_lipschitz"));
        for (int n : sizes) {
            double[] thetas = new double[seeds];
            int fitted = 0;
            int wrong = 0;
            for (int s = 0; s < seeds; s++) {
                Sample sample = Sample.draw(n, firstSeed + s);
                SingleParameterFit.Result fit = fit(sample, firstSeed + s);
                if (fit.status() == SingleParameterFit.Status.FITTED) {
                    fitted++;
                    wrong += (int) IntStream.range(0, n).filter(i -> Math.signum(fit.value(sample.x()[i])) != sample.y()[i]).count();
                }
                thetas[s] = fit.theta();
            }
            double median = fitted == seeds ? Median.of(thetas) : Double.NaN;
            table.intColumn("n").append(n);
            table.intColumn("fitted").append(fitted);
            table.intColumn("wrong_labels").append(wrong);
            table.doubleColumn("median_theta").append(median);
            table.doubleColumn("median_lipschitz").append(median);
        }
        return table;
    }

    /** The search of seed {@code seed} on its sample, u from {@code Seeds.derive(seed, "direction")}. */
    public static SingleParameterFit.Result fit(Sample sample, long seed) {
        return SingleParameterFit.fit(sample.x(), sample.y(), THETA_MAX, Seeds.derive(seed, "direction"));
    }

    /** One data set of the sweep: points x on S² and their labels y ∈ {−1, 1}. */
    public record Sample(double[][] x, int[] y) {

        /** n points uniform on S² from {@code Seeds.derive(seed, "points")}, fair ±1 labels from "labels". */
        public static Sample draw(int n, long seed) {
            double[][] x = Samplers.sphere(3).sample(n, Seeds.derive(seed, "points"));
            SplittableRandom labels = new SplittableRandom(Seeds.derive(seed, "labels"));
            return new Sample(x, IntStream.range(0, n).map(i -> labels.nextBoolean() ? 1 : -1).toArray());
        }
    }
}
