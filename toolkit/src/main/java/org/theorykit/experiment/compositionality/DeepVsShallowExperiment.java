package org.theorykit.experiment.compositionality;

import org.theorykit.Seeds;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.theorykit.compositionality.CompositionalTarget;
import org.theorykit.data.GenericTarget;
import org.theorykit.data.MultivariateTarget;
import org.theorykit.data.TargetSample;
import org.theorykit.experiment.Experiment;
import org.theorykit.experiment.Grid;
import org.theorykit.experiment.Parameter;
import org.theorykit.experiment.ParameterType;
import org.theorykit.experiment.Params;
import org.theorykit.nn.Activation;
import org.theorykit.nn.Loss;
import org.theorykit.compositionality.MatchedBudget;
import org.theorykit.nn.SupervisedObjective;
import org.theorykit.optim.LearningRateSchedule;
import org.theorykit.optim.Optimizers;
import org.theorykit.optim.Schedules;
import org.theorykit.optim.Status;
import org.theorykit.optim.StopRules;
import org.theorykit.optim.TrainingResult;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * "deep-vs-shallow": Poggio et al. 2017 (arXiv:1611.00740, Fig. 3 and §4) at matched parameter
 * budgets. For every budget × architecture × seed one point: draw a training and a test set of the
 * target (inputs U[−1,1]^n, optional output noise), build the architecture with about that many
 * parameters ({@link MatchedBudget}; hidden biases uniform or zero), train it with Adam (β₂ a
 * parameter, learning rate warmed up linearly, then cosine-decayed; square loss) once for every
 * learning rate of the grid and each of {@code restarts} initializations (for twice the epochs at budgets from {@code double_epochs_from} on),
 * and keep the run with the lowest training MSE — the paper reports the best of many runs per budget; choosing by training error keeps the test set out
 * of the choice. The row gives the exact parameter count, the epochs, the chosen rate, the training and test
 * MSE and the test labels' variance (the MSE of the best constant); the seconds of the whole search
 * are a {@linkplain #timingColumns() timing column}.
 *
 * <p>Targets: {@code canonical}, {@code distinct}, {@code relu} ({@link CompositionalTarget} on
 * n = 2^levels variables) and {@code generic} ({@link GenericTarget#matching} the canonical
 * target's variance).
 */
public final class DeepVsShallowExperiment implements Experiment {

    public static final String NAME = "deep-vs-shallow";
    /** The target names accepted by the {@code target} parameter. */
    public static final List<String> TARGETS = List.of("canonical", "distinct", "relu", "generic");

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "tree vs shallow vs dense nets at matched parameter budgets on a compositional or generic target";
    }

    @Override
    public List<Parameter> parameters() {
        return List.of(
                Parameter.fixed("target", ParameterType.STRING, "canonical | distinct | relu | generic", "canonical"),
                Parameter.fixed("levels", ParameterType.INT, "tree levels L, n = 2^L variables", 3).atLeast(1),
                Parameter.perScale("budgets", ParameterType.INT_LIST, "parameter budgets",
                        List.of(112, 336, 1008), List.of(112, 336, 1008, 3024, 10080),
                        List.of(112, 336, 1008, 3024, 10080, 30240)).atLeast(1),
                Parameter.fixed("archs", ParameterType.STRING, "architectures, comma-separated: "
                        + String.join(", ", MatchedBudget.ARCHITECTURES), "shallow,tree,dense"),
                Parameter.perScale("seeds", ParameterType.INT, "seeds (data and initialization) per configuration", 2, 3, 5).atLeast(1),
                Parameter.perScale("train", ParameterType.INT, "training points", 3000, 6000, 60000).atLeast(1),
                Parameter.perScale("test", ParameterType.INT, "test points", 3000, 6000, 60000).atLeast(1),
                Parameter.perScale("epochs", ParameterType.INT, "epochs per run", 20, 25, 100).atLeast(1),
                Parameter.fixed("double_epochs_from", ParameterType.INT,
                        "budgets at or above this train for twice the epochs (the widest nets need more steps)", 5000).atLeast(1),
                Parameter.perScale("lrs", ParameterType.DOUBLE_LIST, "Adam learning rates searched (best training MSE kept)",
                        List.of(0.01), List.of(0.003, 0.01), List.of(0.001, 0.003, 0.01)).atLeast(1e-12),
                Parameter.perScale("restarts", ParameterType.INT, "initializations tried per learning rate (best training MSE kept)",
                        1, 2, 2).atLeast(1),
                Parameter.fixed("batch", ParameterType.INT, "minibatch size", 32).atLeast(1),
                Parameter.fixed("beta2", ParameterType.DOUBLE, "Adam's second-moment decay β₂", 0.99).atLeast(0),
                Parameter.fixed("warmup", ParameterType.INT, "epochs of linear learning-rate warm-up before the cosine decay", 2).atLeast(0),
                Parameter.fixed("noise", ParameterType.DOUBLE, "output noise standard deviation", 0.0).atLeast(0),
                Parameter.fixed("activation", ParameterType.STRING, "relu | leaky_relu | softplus | tanh | sigmoid | ...", "relu"),
                Parameter.fixed("biases", ParameterType.STRING, "initial hidden biases: uniform (U(±1/√fan_in)) | zero", "uniform"),
                Parameter.fixed("seed", ParameterType.LONG, "first seed", 1L));
    }

    /** The named target on n = 2^levels variables. */
    public static MultivariateTarget target(String name, int levels) {
        return switch (name) {
            case "canonical" -> CompositionalTarget.canonical(levels);
            case "distinct" -> CompositionalTarget.distinct(levels);
            case "relu" -> CompositionalTarget.relu(levels);
            case "generic" -> GenericTarget.matching(CompositionalTarget.canonical(levels), 7);
            default -> throw new IllegalArgumentException("target = " + name + "; accepted: one of " + TARGETS);
        };
    }

    /** True for {@code uniform} ({@link org.theorykit.nn.Model#initialParametersUniformBiases}), false for {@code zero}. */
    public static boolean uniformBiases(String name) {
        return switch (name) {
            case "uniform" -> true;
            case "zero" -> false;
            default -> throw new IllegalArgumentException("biases = " + name + "; accepted: uniform, zero");
        };
    }

    /** The architectures listed in {@code archs}, each checked. */
    public static List<String> architectures(String archs) {
        List<String> list = Arrays.stream(archs.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
        for (String a : list) {
            if (!MatchedBudget.ARCHITECTURES.contains(a)) {
                throw new IllegalArgumentException("archs contains '" + a + "'; accepted: " + MatchedBudget.ARCHITECTURES);
            }
        }
        if (list.isEmpty()) {
            throw new IllegalArgumentException("archs is empty; accepted: some of " + MatchedBudget.ARCHITECTURES);
        }
        return list;
    }

    @Override
    public List<Map<String, Object>> points(Params params) {
        target(params.getString("target"), params.getInt("levels"));
        Activation.named(params.getString("activation"));
        uniformBiases(params.getString("biases"));
        List<String> archs = architectures(params.getString("archs"));
        if (params.getInt("batch") > params.getInt("train")) {
            throw new IllegalArgumentException("parameter 'batch' must be at most train = " + params.getInt("train")
                    + ", got " + params.getInt("batch"));
        }
        return Grid.of("budget", params.getIntList("budgets")).by("arch", archs).by("seed", params.seeds()).points();
    }

    @Override
    public Set<String> timingColumns() {
        return Set.of("seconds");
    }

    @Override
    public Table runPoint(Params params, Map<String, Object> point) {
        int levels = params.getInt("levels");
        int budget = (Integer) point.get("budget");
        String arch = (String) point.get("arch");
        long seed = (Long) point.get("seed");
        MultivariateTarget target = target(params.getString("target"), levels);
        double noise = params.getDouble("noise");
        TargetSample train = target.sample(params.getInt("train"), noise, Seeds.derive(seed, "train"));
        TargetSample test = target.sample(params.getInt("test"), noise, Seeds.derive(seed, "test"));
        MatchedBudget.Built built = MatchedBudget.build(arch, levels, budget, Activation.named(params.getString("activation")));
        SupervisedObjective trainObjective = new SupervisedObjective(built.model(), Loss.squared(), train.toDataset());
        SupervisedObjective testObjective = new SupervisedObjective(built.model(), Loss.squared(), test.toDataset());
        int epochs = params.getInt("epochs") * (budget >= params.getInt("double_epochs_from") ? 2 : 1);
        int batch = params.getInt("batch");
        long warmupSteps = (long) params.getInt("warmup") * ((train.size() + batch - 1) / batch);
        long start = System.nanoTime();
        double bestTrain = Double.POSITIVE_INFINITY;
        double bestTest = Double.NaN;
        double bestRate = Double.NaN;
        String status = "all runs diverged";
        for (int restart = 0; restart < params.getInt("restarts"); restart++) {
            long initSeed = Seeds.derive(seed, "init", restart);
            double[] theta0 = uniformBiases(params.getString("biases"))
                    ? built.model().initialParametersUniformBiases(initSeed) : built.model().initialParameters(initSeed);
            for (double rate : params.getDoubleList("lrs")) {
                if (Thread.currentThread().isInterrupted()) {
                    break;
                }
                TrainingResult result = Optimizers.adam(rate).betas(0.9, params.getDouble("beta2"))
                        .schedule(schedule(rate, epochs, warmupSteps)).batchSize(batch).seed(Seeds.derive(seed, "batches", restart))
                        .train(trainObjective, theta0, StopRules.maxEpochs(epochs));
                if (result.status() == Status.DIVERGED || result.status() == Status.INTERRUPTED) {
                    continue;
                }
                double trainMse = mse(trainObjective.outputs(result.theta()), train.y());
                if (Double.isFinite(trainMse) && trainMse < bestTrain) {
                    bestTrain = trainMse;
                    bestTest = mse(testObjective.outputs(result.theta()), test.y());
                    bestRate = rate;
                    status = result.status().toString();
                }
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return Table.create(NAME,
                IntColumn.create("params", new int[] {built.parameters()}),
                StringColumn.create("shape", new String[] {built.shape()}),
                IntColumn.create("epochs", new int[] {epochs}),
                DoubleColumn.create("lr", new double[] {bestRate}),
                DoubleColumn.create("train_mse", new double[] {Double.isInfinite(bestTrain) ? Double.NaN : bestTrain}),
                DoubleColumn.create("test_mse", new double[] {bestTest}),
                DoubleColumn.create("test_variance", new double[] {test.labelVariance()}),
                DoubleColumn.create("seconds", new double[] {seconds}),
                StringColumn.create("status", new String[] {status}));
    }

    /** Cosine decay from {@code rate} to rate/100 over {@code epochs}, after a linear warm-up of {@code warmupSteps} steps (none if 0). */
    public static LearningRateSchedule schedule(double rate, int epochs, long warmupSteps) {
        LearningRateSchedule cosine = Schedules.cosine(rate, rate / 100, epochs);
        return warmupSteps == 0 ? cosine : Schedules.warmup(cosine, warmupSteps);
    }

    /** Mean of (f_i − y_i)². */
    public static double mse(double[] f, double[] y) {
        double sum = 0;
        for (int i = 0; i < y.length; i++) {
            double d = f[i] - y[i];
            sum += d * d;
        }
        return sum / y.length;
    }
}
