package org.theorykit.experiment.robust;

import java.util.Random;
import java.util.stream.IntStream;
import org.theorykit.Median;
import org.theorykit.data.Samplers;
import org.theorykit.robust.SingleParameterFit;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;

/**
 * Lecture 03's "one parameter fits any labels" (Bubeck–Sellke 2021, arXiv:2105.12806, on the
 * bounded-weights assumption): for each n, {@code seeds} data sets of n points uniform on S² with fair
 * ±1 labels, each fitted by {@link SingleParameterFit} (f_θ(x) = sin(θ⟨u, x⟩), θ up to 10⁹). Data set s
 * draws its points from seed 100 + s, its labels from {@code new Random(200 + s)} and u from seed 300 + s.
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
     * seeds, NaN when some seed found no θ.
     */
    public static Table run(int[] sizes, int seeds) {
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
                double[][] x = Samplers.sphere(3).sample(n, 100 + s);
                Random labelRandom = new Random(200 + s);
                int[] y = IntStream.range(0, n).map(i -> labelRandom.nextBoolean() ? 1 : -1).toArray();
                SingleParameterFit.Result fit = SingleParameterFit.fit(x, y, THETA_MAX, 300 + s);
                if (fit.status() == SingleParameterFit.Status.FITTED) {
                    fitted++;
                    wrong += (int) IntStream.range(0, n).filter(i -> Math.signum(fit.value(x[i])) != y[i]).count();
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
}
