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
import org.theorykit.landscape.CriticalPointSearch;
import org.theorykit.nn.Activation;
import org.theorykit.nn.Dataset;
import org.theorykit.nn.ShallowNet;
import org.theorykit.nn.SupervisedObjective;
import org.theorykit.nn.Loss;
import org.theorykit.optim.Optimizers;
import org.theorykit.optim.StopRules;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;

/**
 * Critical points of a small tanh net's square loss on a fixed regression task (Dauphin et al. 2014,
 * arXiv:1406.2572, Figure 1 at notebook scale): each start is a random initialization moved by a
 * random number of GD steps (log-uniform in [0, preSteps]), so the starts sit at many loss levels;
 * {@link CriticalPointSearch} then minimizes ½‖∇L‖² with exact Hessians. One row per start: the loss,
 * ‖∇L‖, index, whether accepted (‖∇L‖ ≤ gradientTolerance), gradient-flatness, iterations, seconds.
 *
 * <p>The task: x ~ U[−1, 1]^d (fixed by dataSeed), y = sin(3x₁) + x₂² + 0.1·ε, with weight decay
 * (λ/2)‖θ‖² (default λ = 1e-3). Without it the low-loss starts sat in near-flat valleys (9–18 of 24
 * Hessian eigenvalues within 1e-4·max|λ| of 0) where L still decreases, so the search stalled above the
 * tolerance and no minimum was accepted; λI lifts those directions to the index's own zero level.
 */
public final class CriticalPointsExperiment implements Experiment {

    @Override
    public String name() {
        return "critical-points";
    }

    @Override
    public String description() {
        return "critical points of a small tanh net (min ½‖∇L‖², exact Hessians): loss vs index, rejected gradient-flat points";
    }

    @Override
    public List<Parameter> parameters() {
        return List.of(
                Parameter.fixed("n", ParameterType.INT, "training points", 40).atLeast(1),
                Parameter.fixed("d", ParameterType.INT, "input dimension", 2).atLeast(2),
                Parameter.fixed("hidden", ParameterType.INT, "tanh units (p = (d + 2)·hidden)", 6).atLeast(1),
                Parameter.fixed("dataSeed", ParameterType.LONG, "seed of the data set", 5L),
                Parameter.fixed("weightDecay", ParameterType.DOUBLE, "λ of the (λ/2)‖θ‖² term added to the loss", 1e-3).atLeast(0),
                Parameter.fixed("preSteps", ParameterType.INT, "largest number of GD steps before a search", 30000).atLeast(0),
                Parameter.fixed("lr", ParameterType.DOUBLE, "GD learning rate before the search", 0.1).atLeast(1e-9),
                Parameter.fixed("maxIterations", ParameterType.INT, "Levenberg–Marquardt iterations per start", 500).atLeast(1),
                Parameter.fixed("gradientTolerance", ParameterType.DOUBLE, "accept when ‖∇L‖ ≤ this", 1e-6).atLeast(1e-300),
                Parameter.fixed("eigenTolerance", ParameterType.DOUBLE, "λ < −tol·max|λ| counts as negative", 1e-4).atLeast(1e-300),
                Parameter.perScale("starts", ParameterType.INT, "starts per sweep point", 15, 20, 50).atLeast(1),
                Parameter.perScale("seeds", ParameterType.INT, "sweep points", 2, 3, 8).atLeast(1),
                Parameter.fixed("seed", ParameterType.LONG, "first seed", 1L));
    }

    @Override
    public List<Map<String, Object>> points(Params params) {
        return Grid.of("seed", params.seeds()).points();
    }

    /**
     * Spearman's rank correlation of a and b (ties get their mean rank): Pearson's r of the ranks.
     * Dauphin et al. 2014 (Figure 1) report loss rising with the index of critical points.
     */
    public static double spearman(double[] a, double[] b) {
        if (a == null || b == null || a.length != b.length || a.length < 2) {
            throw new IllegalArgumentException("a and b must have the same length >= 2");
        }
        double[] ra = ranks(a);
        double[] rb = ranks(b);
        double mean = (a.length - 1) / 2.0;
        double sab = 0;
        double saa = 0;
        double sbb = 0;
        for (int i = 0; i < a.length; i++) {
            sab += (ra[i] - mean) * (rb[i] - mean);
            saa += (ra[i] - mean) * (ra[i] - mean);
            sbb += (rb[i] - mean) * (rb[i] - mean);
        }
        return sab / Math.sqrt(saa * sbb);
    }

    private static double[] ranks(double[] v) {
        Integer[] order = java.util.stream.IntStream.range(0, v.length).boxed().toArray(Integer[]::new);
        java.util.Arrays.sort(order, (i, j) -> Double.compare(v[i], v[j]));
        double[] r = new double[v.length];
        for (int i = 0; i < v.length; ) {
            int j = i;
            while (j + 1 < v.length && v[order[j + 1]] == v[order[i]]) {
                j++;
            }
            for (int k = i; k <= j; k++) {
                r[order[k]] = (i + j) / 2.0;
            }
            i = j + 1;
        }
        return r;
    }

    /** The regression objective of the class comment. */
    public static SupervisedObjective objective(Params params) {
        int n = params.getInt("n");
        int d = params.getInt("d");
        SplittableRandom random = new SplittableRandom(params.getLong("dataSeed"));
        double[][] x = new double[n][d];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                x[i][j] = 2 * random.nextDouble() - 1;
            }
            y[i] = Math.sin(3 * x[i][0]) + x[i][1] * x[i][1] + 0.1 * random.nextGaussian();
        }
        return new SupervisedObjective(ShallowNet.of(d, params.getInt("hidden"), 1, Activation.tanh()), Loss.squared(),
                Dataset.of(x, y)).withWeightDecay(params.getDouble("weightDecay"));
    }

    /** Start k of a seed: the initialization moved by a log-uniform number of GD steps. */
    public static double[] start(Params params, SupervisedObjective objective, long seed, int k) {
        SplittableRandom random = new SplittableRandom(Seeds.derive(seed, "start", k));
        int steps = (int) Math.floor(Math.expm1(random.nextDouble() * Math.log1p(params.getInt("preSteps"))));
        double[] theta = objective.model().initialParametersUniformBiases(random.nextLong());
        if (steps == 0) {
            return theta;
        }
        return Optimizers.gd(params.getDouble("lr")).train(objective, theta, StopRules.maxSteps(steps)).theta();
    }

    @Override
    public Table runPoint(Params params, Map<String, Object> point) {
        long seed = (Long) point.get("seed");
        SupervisedObjective objective = objective(params);
        CriticalPointSearch.Settings settings = new CriticalPointSearch.Settings(params.getInt("maxIterations"),
                params.getDouble("gradientTolerance"), params.getDouble("eigenTolerance"));
        Table rows = Table.create(name(), IntColumn.create("start"), DoubleColumn.create("loss"),
                DoubleColumn.create("gradient_norm"), DoubleColumn.create("index"), IntColumn.create("accepted"),
                DoubleColumn.create("flatness"), IntColumn.create("iterations"), DoubleColumn.create("seconds"));
        for (int k = 0; k < params.getInt("starts"); k++) {
            long t0 = System.nanoTime();
            CriticalPointSearch.Point c = CriticalPointSearch.search(objective, start(params, objective, seed, k), settings);
            if (Thread.currentThread().isInterrupted()) {
                break;
            }
            rows.intColumn("start").append(k);
            rows.doubleColumn("loss").append(c.loss());
            rows.doubleColumn("gradient_norm").append(c.gradientNorm());
            rows.doubleColumn("index").append(c.index());
            rows.intColumn("accepted").append(c.accepted() ? 1 : 0);
            rows.doubleColumn("flatness").append(c.flatness());
            rows.intColumn("iterations").append(c.iterations());
            rows.doubleColumn("seconds").append((System.nanoTime() - t0) * 1e-9);
        }
        return rows;
    }
}
