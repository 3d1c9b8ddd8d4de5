package org.theorykit.experiment.pruning;

import org.theorykit.Seeds;
import java.util.List;
import java.util.Map;
import org.theorykit.experiment.Experiment;
import org.theorykit.experiment.Grid;
import org.theorykit.experiment.Parameter;
import org.theorykit.experiment.ParameterType;
import org.theorykit.experiment.Params;
import org.theorykit.landscape.Margins;
import org.theorykit.landscape.PowerIteration;
import org.theorykit.nn.Activation;
import org.theorykit.nn.DeepMlp;
import org.theorykit.pruning.Mask;
import org.theorykit.pruning.Prunability;
import org.theorykit.pruning.SparseTrainer;
import smile.math.MathEx;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Prunability against generalization (Kuhn, Lyle, Gomez, Rothfuss &amp; Gal 2021, arXiv:2103.06002, §4–5): a
 * family of one-hidden-layer ReLU nets (784–h–10) of growing width h, trained by Adam on n images with a
 * fraction of noisy labels (lecture 4's setting, where the test error peaks near interpolation), each
 * measured by its test error, its prunability ({@link Prunability}), the sharpness λ_max of the training
 * loss's Hessian (power iteration, lecture 2) and its mean training margin (lecture 2). One point per
 * (seed, h); {@link #correlations} ranks the measures against the test error. Even the smoke scale keeps
 * eight widths: a rank correlation over m nets is judged against the 5 % quantile of its null
 * ({@link org.theorykit.pruning.SpearmanNull}), and with four nets only a perfect ranking passes it.
 */
public final class PrunabilityExperiment implements Experiment {

    /** The measures compared, as columns of the result. */
    public static final List<String> MEASURES = List.of("prunability", "sharpness", "margin");

    @Override
    public String name() {
        return "prunability";
    }

    @Override
    public String description() {
        return "prunability, sharpness and margin of MLPs of growing width against their test error";
    }

    @Override
    public List<Parameter> parameters() {
        return List.of(
                Parameter.fixed("dataset", ParameterType.STRING, "mnist or fashion-mnist", "mnist"),
                Parameter.perScale("n", ParameterType.INT, "training images", 300, 500, 2000).atLeast(1),
                Parameter.perScale("validation", ParameterType.INT, "validation images", 100, 300, 1000).atLeast(1),
                Parameter.perScale("test", ParameterType.INT, "test images", 500, 2000, 2000).atLeast(1),
                Parameter.perScale("hidden", ParameterType.INT_LIST, "hidden widths h",
                        List.of(1, 2, 4, 8, 16, 32, 64, 128), List.of(1, 2, 4, 8, 16, 32, 64, 128, 256),
                        List.of(1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 1024)).atLeast(1),
                Parameter.fixed("noise", ParameterType.DOUBLE, "fraction of training labels made wrong", 0.2)
                        .atLeast(0),
                Parameter.perScale("epochs", ParameterType.INT, "epochs", 20, 40, 100).atLeast(1),
                Parameter.fixed("tolerance", ParameterType.DOUBLE, "prunability: allowed rise of the training loss",
                        0.05).atLeast(1e-12),
                Parameter.fixed("power_iterations", ParameterType.INT, "power iterations for the sharpness", 30)
                        .atLeast(1),
                Parameter.fixed("lr", ParameterType.DOUBLE, "Adam learning rate", 1e-3).atLeast(1e-12),
                Parameter.fixed("batch", ParameterType.INT, "minibatch size", 50).atLeast(1),
                Parameter.perScale("seeds", ParameterType.INT, "repetitions", 1, 1, 3).atLeast(1),
                Parameter.fixed("seed", ParameterType.LONG, "first seed", 1L));
    }

    @Override
    public List<Map<String, Object>> points(Params params) {
        if (params.getDouble("noise") >= 1) {
            throw new IllegalArgumentException("parameter 'noise' must be in [0, 1), got " + params.getDouble("noise"));
        }
        return Grid.of("seed", params.seeds()).by("hidden", params.getIntList("hidden")).points();
    }

    @Override
    public Table runPoint(Params params, Map<String, Object> point) {
        long seed = (Long) point.get("seed");
        Digits digits = Digits.load(params, seed, params.getDouble("noise"));
        DeepMlp net = DeepMlp.of(new int[] {digits.train().inputDimension(), (Integer) point.get("hidden"), 10},
                Activation.relu());
        SparseTrainer trainer = new SparseTrainer(net, digits.train(), digits.validation(), digits.test(),
                new SparseTrainer.Settings(params.getDouble("lr"), params.getInt("batch"), params.getInt("epochs")));
        double[] theta = trainer.train(net.initialParameters(Seeds.derive(seed, "init")), Mask.dense(net.parameterCount()), 0, Seeds.derive(seed, "batches")).theta();
        Prunability prunability = Prunability.of(trainer.trainObjective(), theta, params.getDouble("tolerance"));
        double sharpness = PowerIteration.dominant(trainer.trainObjective().hessianAt(theta), 1e-3,
                params.getInt("power_iterations"), Seeds.derive(seed, "power iteration")).value();
        Margins margins = Margins.of(net, theta, digits.train());
        return Table.create("prunability", IntColumn.create("parameters", new int[] {net.parameterCount()}),
                DoubleColumn.create("train_loss", prunability.loss()),
                DoubleColumn.create("train_error", 1 - margins.accuracy()),
                DoubleColumn.create("test_error", 1 - trainer.accuracy(theta)),
                DoubleColumn.create("prunability", prunability.fraction()),
                DoubleColumn.create("sharpness", sharpness), DoubleColumn.create("margin", margins.mean()));
    }

    /** Kendall's τ and Spearman's ρ of each of {@link #MEASURES} with the test error, over the rows. */
    public static Table correlations(Table results) {
        double[] error = results.doubleColumn("test_error").asDoubleArray();
        StringColumn measure = StringColumn.create("measure");
        DoubleColumn kendall = DoubleColumn.create("kendall_tau");
        DoubleColumn spearman = DoubleColumn.create("spearman_rho");
        for (String name : MEASURES) {
            double[] values = results.doubleColumn(name).asDoubleArray();
            measure.append(name);
            kendall.append(MathEx.kendall(values, error));
            spearman.append(MathEx.spearman(values, error));
        }
        return Table.create("rank correlation with the test error", measure, kendall, spearman);
    }
}
