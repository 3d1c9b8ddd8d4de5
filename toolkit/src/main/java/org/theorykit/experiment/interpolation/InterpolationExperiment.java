package org.theorykit.experiment.interpolation;

import org.theorykit.Seeds;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.theorykit.data.ImageDataset;
import org.theorykit.data.ImageSet;
import org.theorykit.data.ImageSource;
import org.theorykit.experiment.Experiment;
import org.theorykit.experiment.Grid;
import org.theorykit.experiment.Parameter;
import org.theorykit.experiment.ParameterType;
import org.theorykit.experiment.Params;
import org.theorykit.experiment.Workspace;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;
import org.theorykit.kernel.LaplaceKernel;
import org.theorykit.kernel.KernelInterpolant;
import org.theorykit.kernel.Kernel;
import org.theorykit.kernel.GaussianKernel;
import org.theorykit.kernel.Classification;
import org.theorykit.kernel.Bandwidth;
import org.theorykit.kernel.ArcCosineKernel;

/**
 * Interpolation without overfitting (Zhang et al. 2017, arXiv:1611.03530, sec. 5; Belkin, Ma, Mandal
 * 2018, arXiv:1802.01396): the minimum-norm kernel interpolant of n training images (one-hot
 * targets, optionally with flipped labels) has training error 0 and still a small test error, which
 * falls as n grows. The bandwidth is a number, or 0 for the median heuristic on the training images
 * ({@link Bandwidth#medianDistance}, 20,000 pairs) — never tuned on the test set.
 */
public final class InterpolationExperiment implements Experiment {

    private static final int MEDIAN_PAIRS = 20_000;

    @Override
    public String name() {
        return "kernel-interpolation";
    }

    @Override
    public String description() {
        return "minimum-norm kernel interpolation of n images: train error 0, test error against n";
    }

    @Override
    public List<Parameter> parameters() {
        return List.of(
                Parameter.fixed("dataset", ParameterType.STRING, "mnist or fashion-mnist", "mnist"),
                Parameter.fixed("kernel", ParameterType.STRING, "gaussian, laplace or arc-cosine", "laplace"),
                Parameter.fixed("bandwidth", ParameterType.DOUBLE, "σ; 0 = median distance of training images", 0.0)
                        .atLeast(0),
                Parameter.perScale("n", ParameterType.INT_LIST, "training images",
                        List.of(100, 300), List.of(500, 1000, 2000, 4000), List.of(1000, 2000, 4000, 8000)).atLeast(2),
                Parameter.fixed("noise", ParameterType.DOUBLE, "fraction of training labels flipped", 0.0).atLeast(0).atMost(1),
                Parameter.fixed("ridge", ParameterType.DOUBLE, "λ; 0 interpolates", 0.0).atLeast(0),
                Parameter.perScale("test", ParameterType.INT, "test images (at most the test split: 2000 for mnist, 10000 for fashion-mnist; more uses the whole split)", 500, 2000, 10000).atLeast(1),
                Parameter.perScale("seeds", ParameterType.INT, "repetitions", 1, 1, 3).atLeast(1),
                Parameter.fixed("seed", ParameterType.LONG, "first seed", 1L));
    }

    @Override
    public List<Map<String, Object>> points(Params params) {
        SplitSizes.check(params, name(), "n", Collections.max(params.getIntList("n")));
        kernel(params.getString("kernel"), 1);  // checked before any point runs
        return Grid.of("seed", params.seeds()).by("n", params.getIntList("n")).points();
    }

    @Override
    public Set<String> timingColumns() {
        return Set.of("fit_seconds");
    }

    @Override
    public Table runPoint(Params params, Map<String, Object> point) {
        long seed = (Long) point.get("seed");
        ImageDataset data = ImageDataset.load(ImageSource.named(params.getString("dataset")), Workspace.dataDirectory());
        int n = (Integer) point.get("n");
        ImageSet train = data.train().subsample(n, Seeds.derive(seed, "train")).withLabelNoise(params.getDouble("noise"), Seeds.derive(seed, "label noise"));
        ImageSet test = data.test().subsample(Math.min(params.getInt("test"), data.test().size()), Seeds.derive(seed, "test"));
        double[][] x = train.pixels();
        double bandwidth = params.getDouble("bandwidth") > 0 ? params.getDouble("bandwidth")
                : Bandwidth.medianDistance(x, MEDIAN_PAIRS, Seeds.derive(seed, "bandwidth pairs"));
        long start = System.nanoTime();
        KernelInterpolant f = KernelInterpolant.fit(kernel(params.getString("kernel"), bandwidth), x, train.oneHot(),
                params.getDouble("ridge"));
        double seconds = (System.nanoTime() - start) / 1e9;
        return Table.create("kernel-interpolation",
                DoubleColumn.create("bandwidth_used", bandwidth),
                DoubleColumn.create("train_error", Classification.errorRate(f.classify(x), train.labels())),
                DoubleColumn.create("test_error", Classification.errorRate(f.classify(test.pixels()), test.labels())),
                DoubleColumn.create("rkhs_norm", f.rkhsNorm()),
                DoubleColumn.create("fit_seconds", seconds));
    }

    private static Kernel kernel(String name, double bandwidth) {
        return switch (name) {
            case "gaussian" -> new GaussianKernel(bandwidth);
            case "laplace" -> new LaplaceKernel(bandwidth);
            case "arc-cosine" -> new ArcCosineKernel();
            default -> throw new IllegalArgumentException("parameter 'kernel' must be gaussian, laplace or arc-cosine, got '"
                    + name + "'");
        };
    }
}
