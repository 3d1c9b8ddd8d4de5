package org.theorykit.experiment.flatness;

import org.theorykit.Seeds;
import org.theorykit.Median;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.theorykit.experiment.Experiment;
import org.theorykit.experiment.Parameter;
import org.theorykit.experiment.ParameterType;
import org.theorykit.experiment.Params;
import org.theorykit.landscape.Eigenpairs;
import org.theorykit.objective.HessianVectorProduct;
import org.theorykit.landscape.HutchinsonTrace;
import org.theorykit.landscape.LanczosEigensolver;
import org.theorykit.landscape.Margins;
import org.theorykit.landscape.StochasticLanczosQuadrature;
import org.theorykit.nn.Activation;
import org.theorykit.nn.Dataset;
import org.theorykit.nn.DeepMlp;
import org.theorykit.nn.Loss;
import org.theorykit.nn.ShallowNet;
import org.theorykit.nn.SupervisedObjective;
import org.theorykit.optim.Optimizer;
import org.theorykit.optim.Optimizers;
import org.theorykit.optim.Status;
import org.theorykit.optim.StopRules;
import org.theorykit.optim.TrainingResult;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * "Which minimum does the noise pick?": the same small ReLU net (widths d, w, w, 1; logistic loss) on
 * the same two-class task is trained from the same initialization by full-batch GD, small-batch SGD,
 * large-batch SGD and full-batch Langevin dynamics (SGLD: GD plus isotropic noise √(2ηT)ξ), all at
 * one learning rate, until the training loss falls below each of the {@code checkpoints} in turn. At
 * every checkpoint it records the sharpness λ_max(∇²L) and the top eigenvalues (Lanczos), tr ∇²L
 * (Hutchinson), the effective dimension Σλ/(λ+z) over the whole spectrum by stochastic Lanczos
 * quadrature (Maddox et al. 2020, arXiv:2003.02139), the minimum and mean margin y·f on the training set, ‖θ‖ and the test accuracy.
 * Keskar et al. 2017 (arXiv:1609.04836) report that small batches end in flatter minima; Poggio et
 * al. (Theory IIb, arXiv:1801.02254) explain it by SGD's Langevin-like noise; Lengyel et al. (ICLR 2021
 * submission) find flatness correlated (Pearson) with margins. Comparing optimizers at equal training loss keeps
 * the logistic loss's own flattening (the Hessian shrinks as margins grow) out of the comparison.
 *
 * <p>The task: x ~ N(0, I_d); y = sign(g(x) − median g) for a fixed random teacher g, a ReLU
 * {@link ShallowNet} with {@code teacherWidth} units (seed {@code teacherSeed}); training and test
 * sets are fresh draws per seed; the seed also sets the student's initialization and the batches.
 */
public final class SgdFlatnessExperiment implements Experiment {

    /** The optimizers, in table order. */
    public static final List<String> OPTIMIZERS = List.of("gd", "sgd-small", "sgd-large", "sgld");

    @Override
    public String name() {
        return "sgd-flatness";
    }

    @Override
    public String description() {
        return "GD, small/large-batch SGD and SGLD on one small net: sharpness, trace, margins, test accuracy";
    }

    @Override
    public List<Parameter> parameters() {
        return List.of(
                Parameter.perScale("n", ParameterType.INT, "training examples", 128, 256, 512).atLeast(2),
                Parameter.fixed("testSize", ParameterType.INT, "test examples", 2000).atLeast(1),
                Parameter.fixed("d", ParameterType.INT, "input dimension", 10).atLeast(1),
                Parameter.fixed("width", ParameterType.INT, "units per hidden layer (two layers)", 32).atLeast(1),
                Parameter.fixed("teacherWidth", ParameterType.INT, "hidden units of the teacher", 8).atLeast(1),
                Parameter.fixed("teacherSeed", ParameterType.LONG, "seed of the teacher network", 7L),
                Parameter.fixed("lr", ParameterType.DOUBLE, "learning rate η of every optimizer", 0.2).atLeast(1e-9),
                Parameter.fixed("smallBatch", ParameterType.INT, "batch size of small-batch SGD", 8).atLeast(1),
                Parameter.fixed("largeBatch", ParameterType.INT, "batch size of large-batch SGD", 64).atLeast(1),
                Parameter.fixed("temperature", ParameterType.DOUBLE, "SGLD temperature T", 1e-5).atLeast(0),
                Parameter.perScale("checkpoints", ParameterType.DOUBLE_LIST, "training-loss levels at which to measure",
                        List.of(0.1, 0.01), List.of(0.1, 0.03, 0.01), List.of(0.3, 0.1, 0.03, 0.01, 0.003))
                        .atLeast(1e-12),
                Parameter.perScale("maxEpochs", ParameterType.INT, "epoch budget per checkpoint", 4000, 8000, 20000)
                        .atLeast(1),
                Parameter.fixed("topEigenvalues", ParameterType.INT, "top Hessian eigenvalues by Lanczos", 10).atLeast(1),
                Parameter.perScale("traceProbes", ParameterType.INT, "Hutchinson probes for the trace", 10, 20, 50).atLeast(2),
                Parameter.fixed("z", ParameterType.DOUBLE, "z of the effective dimension Σλ/(λ+z)", 0.1).atLeast(1e-12),
                Parameter.perScale("slqSteps", ParameterType.INT, "Lanczos steps of the SLQ spectral density", 30, 30, 80)
                        .atLeast(2),
                Parameter.perScale("slqProbes", ParameterType.INT, "probe vectors of the SLQ spectral density", 2, 2, 10)
                        .atLeast(1),
                Parameter.perScale("seeds", ParameterType.INT, "seeds per optimizer", 3, 5, 10).atLeast(1),
                Parameter.fixed("seed", ParameterType.LONG, "first seed", 1L));
    }

    @Override
    public List<Map<String, Object>> points(Params params) {
        for (String batch : List.of("smallBatch", "largeBatch")) {
            if (params.getInt(batch) > params.getInt("n")) {
                throw new IllegalArgumentException("parameter '" + batch + "' must be at most n = " + params.getInt("n")
                        + ", got " + params.getInt(batch));
            }
        }
        List<Map<String, Object>> points = new ArrayList<>();
        for (int s = 0; s < params.getInt("seeds"); s++) {
            for (String optimizer : OPTIMIZERS) {
                Map<String, Object> point = new LinkedHashMap<>();
                point.put("optimizer", optimizer);
                point.put("seed", params.getLong("seed") + s);
                points.add(point);
            }
        }
        return points;
    }

    /** The training set (or, with {@code test}, the test set) of a seed: labels ±1 from the teacher. */
    public static Dataset data(Params params, long seed, boolean test) {
        int d = params.getInt("d");
        int n = test ? params.getInt("testSize") : params.getInt("n");
        ShallowNet teacher = ShallowNet.of(d, params.getInt("teacherWidth"), 1, Activation.relu());
        double[] teacherTheta = teacher.initialParameters(params.getLong("teacherSeed"));
        double threshold = teacherMedian(teacher, teacherTheta, d, params.getLong("teacherSeed"));
        SplittableRandom random = new SplittableRandom(Seeds.derive(seed, test ? "test" : "train"));
        double[] x = new double[n * d];
        for (int i = 0; i < x.length; i++) {
            x[i] = random.nextGaussian();
        }
        double[] g = Margins.outputs(teacher, teacherTheta, x, n);
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            y[i] = g[i] >= threshold ? 1 : -1;
        }
        return new Dataset(x, y, n, d, 1);
    }

    /** The teacher's median output over 10 000 fixed inputs, so the two classes are about equally likely. */
    private static double teacherMedian(ShallowNet teacher, double[] theta, int d, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int m = 10_000;
        double[] x = new double[m * d];
        for (int i = 0; i < x.length; i++) {
            x[i] = random.nextGaussian();
        }
        double[] values = Margins.outputs(teacher, theta, x, m);
        return Median.of(values);
    }

    /** The student: widths d, w, w, 1 with ReLU. */
    public static DeepMlp model(Params params) {
        int w = params.getInt("width");
        return DeepMlp.of(new int[] {params.getInt("d"), w, w, 1}, Activation.relu());
    }

    /** The optimizer named {@code name} (one of {@link #OPTIMIZERS}) with its seed. */
    public static Optimizer optimizer(Params params, String name, long seed) {
        double lr = params.getDouble("lr");
        Optimizer optimizer = switch (name) {
            case "gd" -> Optimizers.gd(lr);
            case "sgd-small" -> Optimizers.sgd(lr).batchSize(params.getInt("smallBatch"));
            case "sgd-large" -> Optimizers.sgd(lr).batchSize(params.getInt("largeBatch"));
            case "sgld" -> Optimizers.sgld(lr, params.getDouble("temperature")).fullBatch();
            default -> throw new IllegalArgumentException("optimizer = " + name + "; accepted: one of " + OPTIMIZERS);
        };
        return optimizer.seed(seed);
    }

    /** θ at one checkpoint: the loss level it was trained to, and how the run stopped. */
    public record Checkpoint(double target, double[] theta, Status status, int epochs, long steps, double trainLoss) {
    }

    /**
     * Trains from the seed's initialization through the checkpoints in order (each continues from the
     * last); stops early if a checkpoint is not reached within {@code maxEpochs}.
     */
    public static List<Checkpoint> train(Params params, String optimizerName, long seed) {
        SupervisedObjective objective = new SupervisedObjective(model(params), Loss.logistic(), data(params, seed, false));
        double[] theta = objective.model().initialParameters(Seeds.derive(seed, "init"));
        List<Checkpoint> checkpoints = new ArrayList<>();
        int epochs = 0;
        long steps = 0;
        int part = 0;
        for (double target : params.getDoubleList("checkpoints")) {
            TrainingResult result = optimizer(params, optimizerName, Seeds.derive(seed, "batches", part++)).train(objective, theta,
                    StopRules.targetLoss(target).or(StopRules.maxEpochs(params.getInt("maxEpochs"))));
            if (result.status() == Status.DIVERGED || result.status() == Status.INTERRUPTED) {
                throw new IllegalStateException(optimizerName + ", seed " + seed + ": " + result);
            }
            theta = result.theta();
            epochs += result.epochs();
            steps += result.steps();
            checkpoints.add(new Checkpoint(target, theta.clone(), result.status(), epochs, steps, objective.loss(theta)));
            if (result.status() != Status.CONVERGED) {
                break;
            }
        }
        return checkpoints;
    }

    @Override
    public Table runPoint(Params params, Map<String, Object> point) {
        String optimizerName = (String) point.get("optimizer");
        long seed = (Long) point.get("seed");
        DeepMlp model = model(params);
        Dataset train = data(params, seed, false);
        Dataset test = data(params, seed, true);
        SupervisedObjective objective = new SupervisedObjective(model, Loss.logistic(), train);
        Table rows = Table.create(name(), DoubleColumn.create("checkpoint"), StringColumn.create("status"),
                IntColumn.create("epochs"), DoubleColumn.create("steps"), DoubleColumn.create("train_loss"),
                DoubleColumn.create("train_accuracy"), DoubleColumn.create("test_accuracy"),
                DoubleColumn.create("sharpness"), DoubleColumn.create("lambda_2"), DoubleColumn.create("trace"),
                DoubleColumn.create("trace_se"), DoubleColumn.create("effective_dimension"),
                DoubleColumn.create("margin_min"), DoubleColumn.create("margin_mean"), DoubleColumn.create("theta_norm"));
        for (Checkpoint c : train(params, optimizerName, seed)) {
            HessianVectorProduct hessian = objective.hessianAt(c.theta());
            Eigenpairs top = LanczosEigensolver.top(hessian, Math.min(params.getInt("topEigenvalues"),
                    model.parameterCount()), Seeds.derive(seed, "lanczos"));
            HutchinsonTrace.Estimate trace = HutchinsonTrace.estimate(hessian, params.getInt("traceProbes"), Seeds.derive(seed, "trace probes"));
            Margins trainMargins = Margins.of(model, c.theta(), train);
            Margins testMargins = Margins.of(model, c.theta(), test);
            double norm = 0;
            for (double v : c.theta()) {
                norm += v * v;
            }
            rows.doubleColumn("checkpoint").append(c.target());
            rows.stringColumn("status").append(c.status().toString());
            rows.intColumn("epochs").append(c.epochs());
            rows.doubleColumn("steps").append((double) c.steps());
            rows.doubleColumn("train_loss").append(c.trainLoss());
            rows.doubleColumn("train_accuracy").append(trainMargins.accuracy());
            rows.doubleColumn("test_accuracy").append(testMargins.accuracy());
            rows.doubleColumn("sharpness").append(top.values()[0]);
            rows.doubleColumn("lambda_2").append(top.values().length > 1 ? top.values()[1] : Double.NaN);
            rows.doubleColumn("trace").append(trace.trace());
            rows.doubleColumn("trace_se").append(trace.standardError());
            rows.doubleColumn("effective_dimension").append(StochasticLanczosQuadrature.estimate(hessian,
                    params.getInt("slqSteps"), params.getInt("slqProbes"), Seeds.derive(seed, "slq probes")).effectiveDimension(params.getDouble("z")));
            rows.doubleColumn("margin_min").append(trainMargins.min());
            rows.doubleColumn("margin_mean").append(trainMargins.mean());
            rows.doubleColumn("theta_norm").append(Math.sqrt(norm));
        }
        return rows;
    }
}
