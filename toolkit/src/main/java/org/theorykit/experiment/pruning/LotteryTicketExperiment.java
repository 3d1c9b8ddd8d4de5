package org.theorykit.experiment.pruning;

import org.theorykit.Seeds;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.theorykit.experiment.Experiment;
import org.theorykit.experiment.Grid;
import org.theorykit.experiment.Parameter;
import org.theorykit.experiment.ParameterType;
import org.theorykit.experiment.Params;
import org.theorykit.nn.Activation;
import org.theorykit.nn.DeepMlp;
import org.theorykit.pruning.LotteryTicket;
import org.theorykit.pruning.SparseTrainer;
import tech.tablesaw.api.Table;

/**
 * Frankle &amp; Carbin 2019 (arXiv:1803.03635), Figures 3 and 4 at notebook scale: iterative magnitude pruning
 * of LeNet-300-100 (784–300–100–10 ReLU, Adam 1.2e-3, batch 60; 20 % per round, 10 % at the output) with
 * reset to θ₀ or rewinding to iteration k (Frankle et al. 2019, arXiv:1903.01611), and the random-reinit
 * and random-pruning controls at chosen rounds. One point per (seed, rewind); rows from
 * {@link LotteryTicket#run}.
 */
public final class LotteryTicketExperiment implements Experiment {

    @Override
    public String name() {
        return "lottery-ticket";
    }

    @Override
    public String description() {
        return "iterative magnitude pruning of LeNet-300-100 on digits: tickets vs random reinit vs random masks";
    }

    @Override
    public List<Parameter> parameters() {
        List<Parameter> parameters = new ArrayList<>(training());
        parameters.addAll(List.of(
                Parameter.perScale("rounds", ParameterType.INT, "pruning rounds", 9, 9, 18).atLeast(0),
                Parameter.perScale("controls", ParameterType.INT_LIST, "rounds that also train the controls",
                        List.of(7, 9), List.of(7, 9), List.of(3, 7, 9, 11, 15, 18)).atLeast(1),
                Parameter.perScale("rewind", ParameterType.INT_LIST, "rewind iterations k (0 = reset to θ₀)",
                        List.of(0), List.of(0, 60), List.of(0, 100, 500)).atLeast(0),
                Parameter.fixed("rate", ParameterType.DOUBLE, "per-round pruning rate of the hidden layers", 0.2)
                        .atLeast(0),
                Parameter.fixed("output_rate", ParameterType.DOUBLE, "per-round pruning rate of the output layer",
                        0.1).atLeast(0)));
        return parameters;
    }

    /** The data and training parameters LeNet-300-100 is trained with here and in {@link InstabilityExperiment}. */
    static List<Parameter> training() {
        return List.of(
                Parameter.fixed("dataset", ParameterType.STRING, "mnist or fashion-mnist", "mnist"),
                Parameter.perScale("n", ParameterType.INT, "training images", 600, 3000, 5000).atLeast(1),
                Parameter.perScale("validation", ParameterType.INT, "validation images (early stopping)", 300, 1000,
                        3000).atLeast(1),
                Parameter.perScale("test", ParameterType.INT, "test images", 500, 2000, 2000).atLeast(1),
                Parameter.perScale("epochs", ParameterType.INT, "epochs of the whole schedule", 2, 6, 20).atLeast(1),
                Parameter.fixed("lr", ParameterType.DOUBLE, "Adam learning rate", 1.2e-3).atLeast(1e-12),
                Parameter.fixed("batch", ParameterType.INT, "minibatch size", 60).atLeast(1),
                Parameter.perScale("seeds", ParameterType.INT, "repetitions", 1, 1, 3).atLeast(1),
                Parameter.fixed("seed", ParameterType.LONG, "first seed", 1L));
    }

    @Override
    public List<Map<String, Object>> points(Params params) {
        new LotteryTicket.Settings(params.getInt("rounds"), params.getDouble("rate"), params.getDouble("output_rate"),
                0, new HashSet<>(params.getIntList("controls")));
        return Grid.of("seed", params.seeds()).by("rewind", params.getIntList("rewind")).points();
    }

    @Override
    public Table runPoint(Params params, Map<String, Object> point) {
        long seed = (Long) point.get("seed");
        SparseTrainer trainer = trainer(params, seed);
        LotteryTicket.Settings settings = new LotteryTicket.Settings(params.getInt("rounds"), params.getDouble("rate"),
                params.getDouble("output_rate"), (Integer) point.get("rewind"),
                new HashSet<>(params.getIntList("controls")));
        return LotteryTicket.run(trainer, trainer.model().initialParameters(Seeds.derive(seed, "init")), settings, seed);
    }

    /** LeNet-300-100 on the splits of {@link Digits}, trained as the parameters say. */
    static SparseTrainer trainer(Params params, long seed) {
        Digits digits = Digits.load(params, seed);
        DeepMlp lenet = DeepMlp.of(new int[] {digits.train().inputDimension(), 300, 100, 10}, Activation.relu());
        return new SparseTrainer(lenet, digits.train(), digits.validation(), digits.test(),
                new SparseTrainer.Settings(params.getDouble("lr"), params.getInt("batch"), params.getInt("epochs")));
    }
}
