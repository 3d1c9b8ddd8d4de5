package org.theorykit.experiment.robust;

import org.theorykit.Seeds;
import org.theorykit.Median;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.theorykit.data.Samplers;
import org.theorykit.experiment.Experiment;
import org.theorykit.experiment.Parameter;
import org.theorykit.experiment.ParameterType;
import org.theorykit.experiment.Params;
import org.theorykit.nn.Activation;
import org.theorykit.nn.Dataset;
import org.theorykit.nn.Loss;
import org.theorykit.nn.ShallowNet;
import org.theorykit.nn.SupervisedObjective;
import org.theorykit.optim.Optimizers;
import org.theorykit.optim.Status;
import org.theorykit.optim.StopRules;
import org.theorykit.optim.TrainingResult;
import org.theorykit.robust.AdversarialPerturbation;
import org.theorykit.robust.BumpInterpolator;
import org.theorykit.robust.BumpInterpolator.Profile;
import org.theorykit.robust.InputDomain;
import org.theorykit.robust.InputFunction;
import org.theorykit.robust.LawOfRobustness;
import org.theorykit.robust.LipschitzBracket;
import org.theorykit.robust.LipschitzEstimate;
import org.theorykit.robust.LipschitzEstimator;
import tech.tablesaw.api.Table;
import smile.math.MathEx;

/**
 * The law of robustness measured (Bubeck–Li–Nagaraj 2020, arXiv:2009.14444; Bubeck–Sellke 2021,
 * arXiv:2105.12806): n points uniform on S^(d−1) (or N(0, I/d), or on an m-subspace) with independent uniformly random ±1
 * labels (so σ² = E Var(y|x) = 1), fit by ReLU two-layer nets ({@link ShallowNet}) of widths k
 * log-spaced from ⌈2n/d⌉ (just above the ≈ n/d neurons mere fitting needs) to 50n (past the ≈ n neurons
 * robust fitting needs), and by the bump interpolator (one bump per point, p = n(d+1): the tent profile,
 * which attains the data floor, and the C^∞ one). Widths
 * round(f·n/d) for f in {@code threshold_factors} are added around the interpolation threshold k ≈ n/d
 * (where p = k(d+2) ≈ n): the default 0.5, 0.7, 1.0, 1.4 continues the log grid's first factor 2.0
 * downwards in steps of ≈ √2, so the smallest width that interpolates is located within a factor √2
 * and the steep drop of Lip just above it is resolved. Every width gets the same optimizer, learning
 * rate and epoch budget; widths that do not interpolate stay in the table with status max_epochs.
 *
 * <p>No isoperimetry, {@code distribution=subspace}: x = Q z with Q a random d×m orthonormal frame
 * (one per data set, frame seed {@code Seeds.derive(seed, "frame")}) and z ~ N(0, I/m), m =
 * {@code subspace_dim} ({@link Samplers#linearSubspace}). Its effective dimension is m: a 1-Lipschitz
 * function of x concentrates like one of z, so against the ambient d the law is only c-isoperimetric
 * with c = d/m ({@link LawOfRobustness#subspaceIsoperimetry}), and Theorem 3 with (d, c = d/m) is
 * Theorem 3 with (m, c = 1). The width grid uses n/m in place of n/d (the first layer sees only Qᵀw, so
 * fitting needs ≈ n/m neurons). Fresh samples for the sampled-gradient bound come from the same
 * subspace law; the ascent runs in the ball ‖x‖ ≤ max‖x_i‖ of R^d (as for the Gaussian), so it may leave
 * the subspace: lip_lower bounds Lip on that ball, which is at least Lip on the data's support.
 *
 * <p>Training: squared loss on the ±1 targets, full-batch Adam, stopped by
 * {@link StopRules#interpolated} once every sign is right with margin y_i f(x_i) ≥ {@code margin}
 * (or the epoch budget runs out). Near the threshold a run can stall with every ReLU off at some
 * training point (its gradient there is zero) or in a local minimum, so a width gets up to
 * {@code restarts} fresh initializations (column attempts) before it is recorded as max_epochs: the
 * threshold is about whether a width can interpolate, not whether one draw of the init does. The squared loss is
 * the setting of Bubeck–Sellke's theorem (training MSE below σ² − ε) and keeps f(x_i) near ±1 at every
 * width, so Lipschitz constants are comparable across widths (a logistic loss would keep growing the
 * outputs, and with them Lip). Adam's per-coordinate step adapts to widths from tens to thousands
 * of units without re-tuning the learning rate, which plain GD's stable step (∝ 1/NTK eigenvalue) would need.
 *
 * <p>Each row: the Lipschitz bracket ({@link LipschitzEstimator}: every lower estimate, the best lower
 * and upper with their names), the informal law sqrt(nd/p) with the ambient d (law_informal) and
 * sqrt(n·m/p) with the law's dimension m (law_informal_intrinsic; m = intrinsic_dim is d for the sphere
 * and the Gaussian, so the two columns agree there, and subspace_dim for subspace data), the conjecture
 * sqrt(n/k), Theorem 3 with ε = min(1 − MSE, 0.99), c = d/(d−2) on the sphere (1 for the Gaussian, d/m
 * for subspace data), δ = {@code delta}, and W, J of
 * the box class {max|θ_i| ≤ B} with B the trained net's own largest weight
 * ({@link LawOfRobustness#shallowNetClass}; inputs ‖x‖ ≤ R with R = 1 on the sphere, R = the largest
 * ‖x_i‖ for the Gaussian and subspace data, which is not the theorem's sup over R^d: a stated approximation), the data
 * floor (the best Lip of any exact interpolant) and margin × floor (the best Lip of anything with
 * y_i f(x_i) ≥ margin, a valid lower bound for every interpolating row), and the median / minimum
 * DeepFool flip distance over the first {@code flip_points} training points. Bump rows record the exact
 * flip infimum min_{y_j ≠ y_i} ‖x_i − x_j‖ − r instead (its gradient vanishes at the centres, where
 * DeepFool cannot start).
 *
 * <p>Columns (besides the point's d, seed, model, k and the provenance): status (interpolated,
 * max_epochs, diverged, interrupted; exact for bumps), distribution, domain, lower_by, upper_by, n, p,
 * steps, seconds and train_seconds (timing columns, returned apart by the runner), margin_min, margin_median, train_mse, lip_training, lip_sampled,
 * lip_ascent, lip_pairs, lip_near, lip_lower, lip_upper, upper_spectral_product, upper_path_sum,
 * upper_centred_spectral, upper_centred_path, intrinsic_dim, law_informal, law_informal_intrinsic,
 * conjecture, theorem3, theorem3_epsilon,
 * theorem3_c, theorem3_W, theorem3_J, floor, margin_floor, flip_median, flip_min, flips_found,
 * bump_radius (NaN where a quantity does not apply to the model).
 */
public final class RobustnessLawExperiment implements Experiment {

    static final String SHALLOW = "shallow";
    static final String BUMP = "bump";
    static final String BUMP_SMOOTH = "bump_smooth";

    @Override
    public String name() {
        return "robustness-law";
    }

    @Override
    public String description() {
        return "two-layer ReLU nets of growing width interpolating random labels on the sphere (or Gaussian, or m-subspace data): Lipschitz bracket vs sqrt(nd/p)";
    }

    @Override
    public List<Parameter> parameters() {
        return List.of(
                Parameter.perScale("n", ParameterType.INT, "training points", 30, 100, 1000).atLeast(2),
                Parameter.perScale("dims", ParameterType.INT_LIST, "input dimensions d", List.of(10),
                        List.of(10, 20, 40), List.of(10, 20, 40, 80)).atLeast(3),
                Parameter.perScale("widths", ParameterType.INT, "number of log-spaced widths k", 3, 5, 8).atLeast(1),
                Parameter.fixed("threshold_factors", ParameterType.DOUBLE_LIST,
                        "extra widths round(f * n / d) (n / m for subspace) around the interpolation threshold", List.of(0.5, 0.7, 1.0, 1.4))
                        .atLeast(1e-9),
                Parameter.fixed("min_width_factor", ParameterType.DOUBLE, "smallest width = factor * n / d (n / m for subspace)", 2.0)
                        .atLeast(1e-9),
                Parameter.fixed("max_width_factor", ParameterType.DOUBLE, "largest width = factor * n", 50.0)
                        .atLeast(1e-9),
                Parameter.fixed("distribution", ParameterType.STRING,
                        "sphere (uniform on S^(d-1)), gaussian (N(0, I/d)) or subspace (N(0, I/m) on a random m-subspace)",
                        "sphere"),
                Parameter.fixed("subspace_dim", ParameterType.INT, "m of distribution=subspace, 1 <= m < d", 5)
                        .atLeast(1),
                Parameter.fixed("margin", ParameterType.DOUBLE, "interpolated once every y_i f(x_i) >= margin", 0.9)
                        .atLeast(1e-9),
                Parameter.perScale("epochs", ParameterType.INT, "full-batch Adam epoch budget", 2000, 3000, 20000)
                        .atLeast(1),
                Parameter.fixed("lr", ParameterType.DOUBLE, "Adam learning rate", 0.005).atLeast(1e-12),
                Parameter.perScale("samples", ParameterType.INT, "fresh samples for the sampled-gradient bound", 200,
                        1000, 5000).atLeast(0),
                Parameter.perScale("ascent_steps", ParameterType.INT, "gradient-ascent steps from each of 5 starts",
                        20, 50, 200).atLeast(0),
                Parameter.perScale("flip_points", ParameterType.INT, "training points attacked by DeepFool", 20, 50,
                        1000).atLeast(1),
                Parameter.fixed("activation", ParameterType.STRING, "hidden activation (relu, leaky_relu, softplus, tanh, ...)",
                        "relu"),
                Parameter.fixed("label_noise", ParameterType.DOUBLE,
                        "probability that a label is a fair coin instead of sign(x_1); 1 = pure noise", 1.0).atLeast(0),
                Parameter.fixed("restarts", ParameterType.INT,
                        "fresh initializations tried before a width counts as not interpolating", 3).atLeast(1),
                Parameter.fixed("delta", ParameterType.DOUBLE, "failure probability of Theorem 3", 0.01).atLeast(1e-12),
                Parameter.perScale("seeds", ParameterType.INT, "data sets per d", 1, 2, 3).atLeast(1),
                Parameter.fixed("seed", ParameterType.LONG, "first seed", 1L));
    }

    /**
     * The widths of one sweep, ascending and without repeats: {@code count} log-spaced from ⌈min·n/d⌉
     * to max·n (rounded), merged with round(f·n/d) (at least 1) for each threshold factor f.
     */
    public static List<Integer> widths(int n, int d, int count, double minFactor, double maxFactor,
                                       List<Double> thresholdFactors) {
        int lo = Math.max(1, (int) Math.ceil(minFactor * n / d));
        int hi = Math.max(lo, (int) Math.round(maxFactor * n));
        TreeSet<Integer> widths = new TreeSet<>();
        for (int i = 0; i < count; i++) {
            double t = count == 1 ? 1 : (double) i / (count - 1);
            widths.add((int) Math.round(Math.exp(Math.log(lo) + t * (Math.log(hi) - Math.log(lo)))));
        }
        for (double f : thresholdFactors) {
            widths.add(Math.max(1, (int) Math.round(f * n / d)));
        }
        return List.copyOf(widths);
    }

    @Override
    public List<Map<String, Object>> points(Params params) {
        Activation.named(params.getString("activation"));
        if (params.getDouble("label_noise") > 1) {
            throw new IllegalArgumentException("parameter 'label_noise' must be in [0, 1], got " + params.getDouble("label_noise"));
        }
        List<Map<String, Object>> points = new ArrayList<>();
        for (int d : params.getIntList("dims")) {
            for (int s = 0; s < params.getInt("seeds"); s++) {
                long seed = params.getLong("seed") + s;
                int lawDimension = RobustnessData.covariates(params, d, seed).lawDimension();
                for (int k : widths(params.getInt("n"), lawDimension, params.getInt("widths"), params.getDouble("min_width_factor"),
                        params.getDouble("max_width_factor"), params.getDoubleList("threshold_factors"))) {
                    points.add(point(d, seed, SHALLOW, k));
                }
                points.add(point(d, seed, BUMP, 0));
                points.add(point(d, seed, BUMP_SMOOTH, 0));
            }
        }
        return points;
    }

    private static Map<String, Object> point(int d, long seed, String model, int k) {
        Map<String, Object> point = new LinkedHashMap<>();
        point.put("d", d);
        point.put("seed", seed);
        point.put("model", model);
        point.put("k", k);
        return point;
    }

    @Override
    public Set<String> timingColumns() {
        return Set.of("seconds", "train_seconds");
    }

    @Override
    public Table runPoint(Params params, Map<String, Object> point) {
        int d = (Integer) point.get("d");
        long seed = (Long) point.get("seed");
        int n = params.getInt("n");
        String distribution = params.getString("distribution");
        RobustnessData.Covariates covariates = RobustnessData.covariates(params, d, seed);
        double[][] x = covariates.law().sample(n, Seeds.derive(seed, "data"));
        double[] y = RobustnessData.labels(x, params.getDouble("label_noise"), Seeds.derive(seed, "labels"));
        double radius = Arrays.stream(x).mapToDouble(MathEx::norm).max().orElseThrow();
        InputDomain domain = distribution.equals("sphere") ? InputDomain.sphere(1) : InputDomain.ball(radius);
        LipschitzEstimator estimator = LipschitzEstimator.defaults(covariates.law(), domain)
                .withSamples(params.getInt("samples")).withAscent(5, params.getInt("ascent_steps"), 0.1)
                .withSeed(Seeds.derive(seed, "lipschitz"));
        double floor = LawOfRobustness.dataFloor(x, y).value();
        ResultRow row = new ResultRow();
        row.text.put("distribution", distribution);
        row.text.put("domain", domain.toString());
        row.numbers.put("n", (double) n);
        row.numbers.put("floor", floor);
        row.numbers.put("margin_floor", params.getDouble("margin") * floor);
        if (BUMP.equals(point.get("model")) || BUMP_SMOOTH.equals(point.get("model"))) {
            bumpRow(row, x, y, estimator, BUMP.equals(point.get("model")) ? Profile.TENT : Profile.SMOOTH);
        } else {
            shallowRow(row, params, x, y, (Integer) point.get("k"), seed, estimator, radius, covariates.isoperimetry());
        }
        long p = row.numbers.get("p").longValue();
        row.numbers.put("intrinsic_dim", (double) covariates.lawDimension());
        row.numbers.put("law_informal", LawOfRobustness.informal(n, d, p));
        row.numbers.put("law_informal_intrinsic", LawOfRobustness.informal(n, covariates.lawDimension(), p));
        return row.table();
    }

    private static void bumpRow(ResultRow row, double[][] x, double[] y, LipschitzEstimator estimator, Profile profile) {
        long start = System.nanoTime();
        BumpInterpolator bumps = BumpInterpolator.fit(x, y, profile);
        LipschitzBracket bracket = estimator.bracket(bumps, x, List.of(bumps.lipschitzCertificate()));
        row.text.put("status", "exact");
        row.numbers.put("p", (double) bumps.parameterCount());
        row.numbers.put("steps", 0.0);
        row.numbers.put("bump_radius", bumps.radius());
        margins(row, bumps, x, y);
        bracket(row, bracket);
        double[] flips = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            double nearest = Double.POSITIVE_INFINITY;
            for (int j = 0; j < x.length; j++) {
                if (y[j] != y[i]) {
                    nearest = Math.min(nearest, MathEx.distance(x[i], x[j]));
                }
            }
            flips[i] = nearest - bumps.radius();
        }
        Arrays.sort(flips);
        row.numbers.put("flip_median", Median.ofSorted(flips));
        row.numbers.put("flip_min", flips[0]);
        row.numbers.put("flips_found", (double) flips.length);
        row.numbers.put("conjecture", Double.NaN);
        row.numbers.put("theorem3", Double.NaN);
        row.numbers.put("seconds", (System.nanoTime() - start) / 1e9);
    }

    private static void shallowRow(ResultRow row, Params params, double[][] x, double[] y, int k, long seed,
                                   LipschitzEstimator estimator, double radius, double c) {
        int n = x.length;
        int d = x[0].length;
        long start = System.nanoTime();
        ShallowNet net = ShallowNet.of(d, k, 1, Activation.named(params.getString("activation")));
        SupervisedObjective objective = new SupervisedObjective(net, Loss.squared(), Dataset.of(x, y));
        double margin = params.getDouble("margin");
        TrainingResult result = null;
        int attempts = 0;
        while (attempts < params.getInt("restarts") && (result == null || result.status() == Status.MAX_EPOCHS)) {
            result = Optimizers.adam(params.getDouble("lr")).fullBatch()
                    .train(objective, net.initialParameters(Seeds.derive(seed, "init k=" + k, attempts++)),
                            StopRules.interpolated(theta -> minimumMargin(objective.outputs(theta), y) >= margin)
                                    .or(StopRules.maxEpochs(params.getInt("epochs"))));
        }
        row.numbers.put("attempts", (double) attempts);
        double trainSeconds = (System.nanoTime() - start) / 1e9;
        double[] theta = result.theta();
        InputFunction f = InputFunction.of(net, theta);
        row.text.put("status", result.status() == Status.INTERPOLATED ? "interpolated"
                : result.status().name().toLowerCase(java.util.Locale.ROOT));
        row.numbers.put("p", (double) net.parameterCount());
        row.numbers.put("steps", (double) result.steps());
        row.numbers.put("train_seconds", trainSeconds);
        double mse = margins(row, f, x, y);
        bracket(row, estimator.bracket(net, theta, x));
        int attacked = Math.min(n, params.getInt("flip_points"));
        AdversarialPerturbation.Summary flips = AdversarialPerturbation.summarize(
                AdversarialPerturbation.atPoints(f, Arrays.copyOf(x, attacked), 50, 0.02));
        row.numbers.put("flip_median", flips.median());
        row.numbers.put("flip_min", flips.min());
        row.numbers.put("flips_found", (double) flips.found());
        row.numbers.put("conjecture", LawOfRobustness.twoLayerConjecture(n, k));
        double epsilon = Math.min(1 - mse, 0.99);
        double weightBound = Arrays.stream(theta).map(Math::abs).max().orElseThrow();
        var cls = LawOfRobustness.shallowNetClass(d, k, weightBound, radius, 1.0, 0.0);
        row.numbers.put("theorem3_epsilon", epsilon);
        row.numbers.put("theorem3_c", c);
        row.numbers.put("theorem3_W", cls.diameter());
        row.numbers.put("theorem3_J", cls.parameterLipschitz());
        row.numbers.put("theorem3", epsilon > 0 ? LawOfRobustness.theorem3(epsilon, c, cls.diameter(),
                cls.parameterLipschitz(), params.getDouble("delta"), n, d, net.parameterCount()) : Double.NaN);
        row.numbers.put("seconds", (System.nanoTime() - start) / 1e9);
    }

    /** Records margin statistics and returns the training MSE (1/n)Σ(f(x_i) − y_i)². */
    private static double margins(ResultRow row, InputFunction f, double[][] x, double[] y) {
        double[] margins = new double[x.length];
        double mse = 0;
        for (int i = 0; i < x.length; i++) {
            double value = f.value(x[i]);
            margins[i] = y[i] * value;
            mse += (value - y[i]) * (value - y[i]) / x.length;
        }
        Arrays.sort(margins);
        row.numbers.put("margin_min", margins[0]);
        row.numbers.put("margin_median", Median.ofSorted(margins));
        row.numbers.put("train_mse", mse);
        return mse;
    }

    private static void bracket(ResultRow row, LipschitzBracket bracket) {
        row.numbers.put("lip_training", bracket.value(LipschitzEstimate.TRAINING_GRADIENTS));
        row.numbers.put("lip_sampled", bracket.find(LipschitzEstimate.SAMPLED_GRADIENTS)
                .map(LipschitzEstimate::value).orElse(Double.NaN));
        row.numbers.put("lip_ascent", bracket.find(LipschitzEstimate.GRADIENT_ASCENT)
                .map(LipschitzEstimate::value).orElse(Double.NaN));
        row.numbers.put("lip_pairs", bracket.value(LipschitzEstimate.TRAINING_PAIRS));
        row.numbers.put("lip_near", bracket.value(LipschitzEstimate.NEAR_PAIRS));
        row.numbers.put("lip_lower", bracket.lower());
        row.text.put("lower_by", bracket.bestLower().name());
        for (String name : List.of(LipschitzEstimate.SPECTRAL_PRODUCT, LipschitzEstimate.PATH_SUM,
                LipschitzEstimate.CENTRED_SPECTRAL, LipschitzEstimate.CENTRED_PATH)) {
            row.numbers.put("upper_" + name.replace(' ', '_'),
                    bracket.find(name).map(LipschitzEstimate::value).orElse(Double.NaN));
        }
        row.numbers.put("lip_upper", bracket.upper());
        row.text.put("upper_by", bracket.bestUpper().map(LipschitzEstimate::name).orElse("none"));
    }

    static double minimumMargin(double[] outputs, double[] y) {
        double min = Double.POSITIVE_INFINITY;
        for (int i = 0; i < y.length; i++) {
            min = Math.min(min, y[i] * outputs[i]);
        }
        return min;
    }


}
