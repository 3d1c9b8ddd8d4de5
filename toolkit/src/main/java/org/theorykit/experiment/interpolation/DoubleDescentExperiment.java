package org.theorykit.experiment.interpolation;

import org.theorykit.Seeds;
import java.util.List;
import java.util.Map;
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
import org.theorykit.kernel.RandomFeatureRegression;
import org.theorykit.kernel.RandomFeatureMap;
import org.theorykit.kernel.Classification;

/**
 * Double descent with random features (Belkin, Hsu, Ma, Mandal 2019, arXiv:1812.11118, fig. 2):
 * minimum-norm least squares on N random Fourier (or ReLU) features of n images with one-hot
 * targets, some labels flipped at random. Test risk falls, peaks where N = n (the interpolation
 * threshold, where the minimum-norm interpolant's norm explodes) and falls again as N grows.
 * One point per (seed, N); each seed draws its own training subset, label noise and features.
 */
public final class DoubleDescentExperiment implements Experiment {

    @Override
    public String name() {
        return "double-descent";
    }

    @Override
    public String description() {
        return "min-norm least squares on N random features of n images: test risk against N peaks at N = n";
    }

    @Override
    public List<Parameter> parameters() {
        return List.of(
                Parameter.fixed("dataset", ParameterType.STRING, "mnist or fashion-mnist", "mnist"),
                Parameter.perScale("n", ParameterType.INT, "training images", 100, 1000, 4000).atLeast(1),
                Parameter.perScale("features", ParameterType.INT_LIST, "numbers of random features N",
                        List.of(20, 50, 90, 100, 110, 200, 400),
                        List.of(100, 300, 600, 900, 1000, 1100, 1500, 2500, 5000, 10000),
                        List.of(400, 1000, 2000, 3000, 3600, 4000, 4400, 6000, 10000, 20000, 40000)).atLeast(1),
                Parameter.fixed("kind", ParameterType.STRING, "fourier (Gaussian kernel) or relu (arc-cosine)", "fourier"),
                Parameter.fixed("bandwidth", ParameterType.DOUBLE, "σ of the Fourier features (paper: 5)", 5.0).atLeast(1e-6),
                Parameter.fixed("noise", ParameterType.DOUBLE, "fraction of training labels flipped", 0.0).atLeast(0).atMost(1),
                Parameter.fixed("ridge", ParameterType.DOUBLE, "λ; 0 for the minimum-norm solution", 0.0).atLeast(0),
                Parameter.perScale("test", ParameterType.INT, "test images (at most the test split: 2000 for mnist, 10000 for fashion-mnist; more uses the whole split)", 500, 2000, 2000).atLeast(1),
                Parameter.perScale("seeds", ParameterType.INT, "repetitions", 1, 2, 5).atLeast(1),
                Parameter.fixed("seed", ParameterType.LONG, "first seed", 1L));
    }

    @Override
    public List<Map<String, Object>> points(Params params) {
        SplitSizes.check(params, name(), "n", params.getInt("n"));
        features(params, 1, 1, 1);  // both checked before any point runs
        return Grid.of("seed", params.seeds()).by("features", params.getIntList("features")).points();
    }

    @Override
    public Table runPoint(Params params, Map<String, Object> point) {
        long seed = (Long) point.get("seed");
        int n = (Integer) point.get("features");
        ImageDataset data = ImageDataset.load(ImageSource.named(params.getString("dataset")), Workspace.dataDirectory());
        ImageSet train = data.train().subsample(params.getInt("n"), Seeds.derive(seed, "train")).withLabelNoise(params.getDouble("noise"), Seeds.derive(seed, "label noise"));
        ImageSet test = data.test().subsample(Math.min(params.getInt("test"), data.test().size()), Seeds.derive(seed, "test"));
        double[][] x = train.pixels();
        RandomFeatureMap features = features(params, x[0].length, n, Seeds.derive(seed, "features"));
        RandomFeatureRegression fit = RandomFeatureRegression.fit(features, x, train.oneHot(), params.getDouble("ridge"));
        double[][] testOutputs = fit.predict(test.pixels());
        return Table.create("double-descent",
                DoubleColumn.create("train_error", Classification.errorRate(fit.classify(x), train.labels())),
                DoubleColumn.create("test_error", Classification.errorRate(Classification.argmax(testOutputs), test.labels())),
                DoubleColumn.create("test_square_loss", squareLoss(testOutputs, test.oneHot())),
                DoubleColumn.create("coefficient_norm", fit.coefficientNorm()));
    }

    private static RandomFeatureMap features(Params params, int inputDimension, int n, long seed) {
        return switch (params.getString("kind")) {
            case "fourier" -> RandomFeatureMap.fourier(inputDimension, n, params.getDouble("bandwidth"), seed);
            case "relu" -> RandomFeatureMap.relu(inputDimension, n, seed);
            default -> throw new IllegalArgumentException("parameter 'kind' must be fourier or relu, got '"
                    + params.getString("kind") + "'");
        };
    }

    /** Mean over points of ‖f(x) − y‖² (the risk the least-squares fit minimizes). */
    private static double squareLoss(double[][] outputs, double[][] targets) {
        double sum = 0;
        for (int i = 0; i < outputs.length; i++) {
            for (int c = 0; c < outputs[i].length; c++) {
                double e = outputs[i][c] - targets[i][c];
                sum += e * e;
            }
        }
        return sum / outputs.length;
    }
}
