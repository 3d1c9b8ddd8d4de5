package org.theorykit.experiment.tour;

import org.theorykit.Seeds;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleUnaryOperator;
import org.theorykit.data.NoisyRegression;
import org.theorykit.experiment.Experiment;
import org.theorykit.experiment.Grid;
import org.theorykit.experiment.Parameter;
import org.theorykit.experiment.ParameterType;
import org.theorykit.experiment.Params;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;

/**
 * The tour's experiment: polynomial least squares of increasing degree on n noisy samples of a
 * known smooth target. Each seed draws a fresh training set and fits every degree, so the table
 * shows the classical picture — training error falls with the parameter count, test error first
 * falls to the noise floor σ² and then rises as the fit starts to follow the noise.
 */
public final class TourExperiment implements Experiment {

    /** The target f(x) = sin(πx) + 0.3·cos(3πx) on [−1, 1]. */
    public static final DoubleUnaryOperator TARGET = x -> Math.sin(Math.PI * x) + 0.3 * Math.cos(3 * Math.PI * x);

    @Override
    public String name() {
        return "tour";
    }

    @Override
    public String description() {
        return "polynomial least squares of increasing degree on noisy samples of a smooth 1-D target";
    }

    @Override
    public List<Parameter> parameters() {
        return List.of(
                Parameter.perScale("n", ParameterType.INT, "training points", 50, 50, 200).atLeast(4),
                Parameter.fixed("noise", ParameterType.DOUBLE, "noise standard deviation σ", 0.3).atLeast(0),
                Parameter.fixed("degrees", ParameterType.INT_LIST, "polynomial degrees to fit",
                        List.of(1, 2, 4, 6, 8, 10, 12, 14, 16, 20, 24)).atLeast(1),
                Parameter.perScale("seeds", ParameterType.INT, "training sets drawn (one per seed)", 5, 30, 200).atLeast(1),
                Parameter.perScale("test", ParameterType.INT, "test points", 2000, 5000, 20000).atLeast(1),
                Parameter.fixed("seed", ParameterType.LONG, "first seed", 1L));
    }

    @Override
    public List<Map<String, Object>> points(Params params) {
        return Grid.of("seed", params.seeds()).points();
    }

    @Override
    public Table runPoint(Params params, Map<String, Object> point) {
        long seed = (Long) point.get("seed");
        double noise = params.getDouble("noise");
        NoisyRegression train = NoisyRegression.sample(TARGET, params.getInt("n"), noise, Seeds.derive(seed, "train"));
        NoisyRegression test = NoisyRegression.sample(TARGET, params.getInt("test"), noise, Seeds.derive(seed, "test"));
        List<Integer> degrees = params.getIntList("degrees");
        IntColumn degree = IntColumn.create("degree");
        IntColumn parameters = IntColumn.create("params");
        DoubleColumn trainMse = DoubleColumn.create("train_mse");
        DoubleColumn testMse = DoubleColumn.create("test_mse");
        for (int d : degrees) {
            PolynomialFit fit = PolynomialFit.fit(train.x(), train.y(), d);
            degree.append(d);
            parameters.append(fit.parameterCount());
            trainMse.append(fit.meanSquaredError(train.x(), train.y()));
            testMse.append(fit.meanSquaredError(test.x(), test.y()));
        }
        return Table.create("tour", degree, parameters, trainMse, testMse);
    }
}
