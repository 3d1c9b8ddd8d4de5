package org.theorykit.experiment.training;

import org.theorykit.Seeds;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.theorykit.experiment.Experiment;
import org.theorykit.experiment.Grid;
import org.theorykit.experiment.Parameter;
import org.theorykit.experiment.ParameterType;
import org.theorykit.experiment.Params;
import org.theorykit.landscape.Margins;
import org.theorykit.landscape.MaxMarginDirection;
import org.theorykit.nn.Activation;
import org.theorykit.nn.Dataset;
import org.theorykit.nn.DeepMlp;
import org.theorykit.nn.Loss;
import org.theorykit.nn.Model;
import org.theorykit.nn.ShallowNet;
import org.theorykit.nn.SupervisedObjective;
import org.theorykit.optim.Optimizers;
import org.theorykit.optim.Status;
import org.theorykit.optim.StopRules;
import org.theorykit.optim.TrainingResult;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.Table;

/**
 * Gradient descent on the logistic (or exponential) loss of linearly separable data, for a bias-free linear model
 * (L = 1) and a bias-free two-layer ReLU net (L = 2, {@link ShallowNet#biasFree}). At log-spaced steps
 * t: the loss, the normalized margin min_i y_i f(x_i; θ)/‖θ‖^L, and for the linear model the angle to
 * the hard-margin SVM direction ({@link MaxMarginDirection}). Soudry et al. 2018 (arXiv:1710.10345,
 * Theorem 3): θ(t)/‖θ(t)‖ → ŵ/‖ŵ‖ with a gap O(1/log t); Lyu &amp; Li 2020 (arXiv:1906.05890,
 * Theorem 4.1): for homogeneous nets the (smoothed) normalized margin is non-decreasing once the loss
 * is below log(2)/n. Data: x ~ N(0, I_d), y = sign⟨w*, x⟩ for a random w*, points with
 * |⟨w*, x⟩|/‖w*‖ &lt; gap redrawn.
 */
public final class ImplicitBiasExperiment implements Experiment {

    public static final List<String> MODELS = List.of("linear", "two-layer");

    @Override
    public String name() {
        return "implicit-bias";
    }

    @Override
    public String description() {
        return "GD on separable data: angle to the SVM direction vs log t, normalized margin (linear and 2-layer bias-free ReLU)";
    }

    @Override
    public List<Parameter> parameters() {
        return List.of(
                Parameter.fixed("n", ParameterType.INT, "training points", 40).atLeast(2),
                Parameter.fixed("d", ParameterType.INT, "input dimension", 5).atLeast(1),
                Parameter.fixed("gap", ParameterType.DOUBLE, "smallest |⟨w*, x⟩|/‖w*‖ in the data", 0.1).atLeast(0),
                Parameter.fixed("width", ParameterType.INT, "hidden units of the two-layer net", 20).atLeast(1),
                Parameter.fixed("loss", ParameterType.STRING, "logistic or exponential", "logistic"),
                Parameter.fixed("lr", ParameterType.DOUBLE, "GD learning rate", 0.5).atLeast(1e-9),
                Parameter.perScale("steps", ParameterType.INT, "GD steps", 20_000, 100_000, 1_000_000).atLeast(10),
                Parameter.fixed("records", ParameterType.INT, "log-spaced measurements", 30).atLeast(2),
                Parameter.fixed("seed", ParameterType.LONG, "seed of data and initialization", 1L));
    }

    @Override
    public List<Map<String, Object>> points(Params params) {
        loss(params.getString("loss"));
        return Grid.of("model", MODELS).by("seed", List.of(params.getLong("seed"))).points();
    }

    /** The separable data set of the class comment. */
    public static Dataset data(Params params, long seed) {
        int n = params.getInt("n");
        int d = params.getInt("d");
        SplittableRandom random = new SplittableRandom(Seeds.derive(seed, "data"));
        double[] teacher = new double[d];
        double norm = 0;
        for (int j = 0; j < d; j++) {
            teacher[j] = random.nextGaussian();
            norm += teacher[j] * teacher[j];
        }
        double[][] x = new double[n][d];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            double s;
            do {
                s = 0;
                for (int j = 0; j < d; j++) {
                    x[i][j] = random.nextGaussian();
                    s += teacher[j] * x[i][j];
                }
            } while (Math.abs(s) / Math.sqrt(norm) < params.getDouble("gap"));
            y[i] = Math.signum(s);
        }
        return Dataset.of(x, y);
    }

    /** The model named {@code name}: its degree of homogeneity L is 1 (linear) or 2 (two-layer). */
    public static Model model(Params params, String name) {
        return switch (name) {
            case "linear" -> DeepMlp.biasFree(new int[] {params.getInt("d"), 1}, null);
            case "two-layer" -> ShallowNet.biasFree(params.getInt("d"), params.getInt("width"), 1, Activation.relu());
            default -> throw new IllegalArgumentException("model = " + name + "; accepted: one of " + MODELS);
        };
    }

    private static Loss loss(String name) {
        return switch (name) {
            case "logistic" -> Loss.logistic();
            case "exponential" -> Loss.exponential();
            default -> throw new IllegalArgumentException("parameter 'loss' must be logistic or exponential, got '" + name + "'");
        };
    }

    @Override
    public Table runPoint(Params params, Map<String, Object> point) {
        String name = (String) point.get("model");
        long seed = (Long) point.get("seed");
        Dataset data = data(params, seed);
        Model model = model(params, name);
        int degree = name.equals("linear") ? 1 : 2;
        MaxMarginDirection svm = MaxMarginDirection.of(data);
        SupervisedObjective objective = new SupervisedObjective(model, loss(params.getString("loss")), data);
        double[] theta = model.initialParameters(Seeds.derive(seed, "init"));
        Table rows = Table.create(name(), LongColumn.create("step"), DoubleColumn.create("loss"),
                DoubleColumn.create("normalized_margin"), DoubleColumn.create("angle"),
                DoubleColumn.create("svm_margin"), DoubleColumn.create("theta_norm"));
        long done = 0;
        int records = params.getInt("records");
        for (int r = 0; r < records; r++) {
            long target = Math.round(Math.pow(params.getInt("steps"), r / (records - 1.0)));
            if (target <= done && r > 0) {
                continue;
            }
            if (target > done) {
                TrainingResult result = Optimizers.gd(params.getDouble("lr")).train(objective, theta,
                        StopRules.maxSteps(target - done));
                if (result.status() == Status.DIVERGED || result.status() == Status.INTERRUPTED) {
                    throw new IllegalStateException(name + ": " + result);
                }
                theta = result.theta();
                done = target;
            }
            double norm = Math.sqrt(dot(theta, theta));
            rows.longColumn("step").append(done);
            rows.doubleColumn("loss").append(objective.loss(theta));
            rows.doubleColumn("normalized_margin").append(Margins.of(model, theta, data).min() / Math.pow(norm, degree));
            rows.doubleColumn("angle").append(degree == 1 ? svm.angleTo(theta) : Double.NaN);
            rows.doubleColumn("svm_margin").append(svm.margin());
            rows.doubleColumn("theta_norm").append(norm);
        }
        return rows;
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }
}
