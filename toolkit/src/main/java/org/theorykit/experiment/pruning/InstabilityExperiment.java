package org.theorykit.experiment.pruning;

import org.theorykit.Seeds;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.theorykit.experiment.Experiment;
import org.theorykit.experiment.Parameter;
import org.theorykit.experiment.ParameterType;
import org.theorykit.experiment.Params;
import org.theorykit.pruning.Instability;
import org.theorykit.pruning.Mask;
import org.theorykit.pruning.SparseTrainer;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;

/**
 * Instability analysis (Frankle, Dziugaite, Roy &amp; Carbin 2020, arXiv:1912.05671, §3, Figure 3) of dense
 * LeNet-300-100: from the iterate θ_k two copies train the remaining iterations with different data orders;
 * the rows are the test error along the segment between their end points, with the error barrier. One point
 * per (seed, k); training as in {@link LotteryTicketExperiment}.
 */
public final class InstabilityExperiment implements Experiment {

    @Override
    public String name() {
        return "instability";
    }

    @Override
    public String description() {
        return "error barrier between two copies of LeNet-300-100 trained from iterate k with different data orders";
    }

    @Override
    public List<Parameter> parameters() {
        List<Parameter> parameters = new ArrayList<>(LotteryTicketExperiment.training());
        parameters.addAll(List.of(
                Parameter.perScale("rewind", ParameterType.INT_LIST, "iterations k the copies start from",
                        List.of(0, 10), List.of(0, 10, 60, 200), List.of(0, 25, 100, 500, 1000)).atLeast(0),
                Parameter.fixed("alphas", ParameterType.INT, "grid points on the segment", 11).atLeast(2)));
        return parameters;
    }

    @Override
    public List<Map<String, Object>> points(Params params) {
        return Digits.grid(params, "rewind");
    }

    @Override
    public Table runPoint(Params params, Map<String, Object> point) {
        long seed = (Long) point.get("seed");
        int k = (Integer) point.get("rewind");
        SparseTrainer trainer = LotteryTicketExperiment.trainer(params, seed);
        Digits digits = Digits.load(params, seed);
        double[] start = trainer.iterate(trainer.model().initialParameters(Seeds.derive(seed, "init")), k, Seeds.derive(seed, "batches"));
        Mask dense = Mask.dense(start.length);
        double[] a = trainer.train(start, dense, k, Seeds.derive(seed, "copy", 1)).theta();
        double[] b = trainer.train(start, dense, k, Seeds.derive(seed, "copy", 2)).theta();
        Instability segment = Instability.between(trainer.model(), a, b, digits.test(), params.getInt("alphas"));
        return Table.create("instability", DoubleColumn.create("alpha", segment.alphas()),
                DoubleColumn.create("test_error", segment.errors()),
                DoubleColumn.create("barrier", segment.alphas().length).setMissingTo(segment.barrier()));
    }
}
