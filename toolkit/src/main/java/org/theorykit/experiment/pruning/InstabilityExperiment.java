package org.theorykit.experiment.pruning;

import org.theorykit.Seeds;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.theorykit.experiment.Experiment;
import org.theorykit.experiment.Grid;
import org.theorykit.experiment.Parameter;
import org.theorykit.experiment.ParameterType;
import org.theorykit.experiment.Params;
import org.theorykit.nn.Dataset;
import org.theorykit.pruning.Instability;
import org.theorykit.pruning.Mask;
import org.theorykit.pruning.Pruning;
import org.theorykit.pruning.SparseTrainer;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Instability analysis (Frankle, Dziugaite, Roy &amp; Carbin 2020, arXiv:1912.05671, §3 and §5, Figures 3
 * and 5) of LeNet-300-100: from the iterate θ_k two copies train the remaining iterations with different
 * data orders; the rows are the test error along the segment between their end points, with the error
 * barrier, for three networks: the dense net; the sparse subnetwork whose mask keeps the largest weights of
 * the dense copy's end point (one-shot magnitude pruning with the per-layer counts of
 * {@code sparse_rounds} IMP rounds — the paper finds its masks by IMP, which would cost that many
 * trainings per k), rewound to θ_k; and a random mask with the same per-layer counts, from θ_k. One point
 * per (seed, k); training as in {@link LotteryTicketExperiment}. Three networks cost three times the dense
 * analysis, so the lecture scale sweeps k ∈ {0, 60, 200} (of 300 iterations) rather than four rewind points.
 */
public final class InstabilityExperiment implements Experiment {

    /** The networks of the {@code network} column. */
    public static final String DENSE = "dense";
    public static final String SPARSE = "sparse";
    public static final String RANDOM = "random";

    @Override
    public String name() {
        return "instability";
    }

    @Override
    public String description() {
        return "error barrier between two copies of LeNet-300-100, dense and pruned, trained from iterate k";
    }

    @Override
    public List<Parameter> parameters() {
        List<Parameter> parameters = new ArrayList<>(LotteryTicketExperiment.training());
        parameters.addAll(List.of(
                Parameter.perScale("rewind", ParameterType.INT_LIST, "iterations k the copies start from",
                        List.of(0, 10), List.of(0, 60, 200), List.of(0, 25, 100, 500, 1000)).atLeast(0),
                Parameter.fixed("alphas", ParameterType.INT, "grid points on the segment", 11).atLeast(2),
                Parameter.fixed("sparse_rounds", ParameterType.INT,
                        "IMP rounds whose per-layer counts the sparse masks keep (9: 13.5 %)", 9).atLeast(1),
                Parameter.fixed("rate", ParameterType.DOUBLE, "per-round pruning rate of the hidden layers", 0.2)
                        .atLeast(0),
                Parameter.fixed("output_rate", ParameterType.DOUBLE, "per-round pruning rate of the output layer",
                        0.1).atLeast(0)));
        return parameters;
    }

    @Override
    public List<Map<String, Object>> points(Params params) {
        return Grid.of("seed", params.seeds()).by("rewind", params.getIntList("rewind")).points();
    }

    @Override
    public Table runPoint(Params params, Map<String, Object> point) {
        long seed = (Long) point.get("seed");
        int k = (Integer) point.get("rewind");
        SparseTrainer trainer = LotteryTicketExperiment.trainer(params, seed);
        Dataset test = Digits.load(params, seed).test();
        int alphas = params.getInt("alphas");
        double[] start = trainer.iterate(trainer.model().initialParameters(Seeds.derive(seed, "init")), k,
                Seeds.derive(seed, "batches"));
        long copyA = Seeds.derive(seed, "copy", 1);
        long copyB = Seeds.derive(seed, "copy", 2);
        Instability.Copies dense = Instability.Copies.train(trainer, start, Mask.dense(start.length), k, copyA, copyB,
                test, alphas);
        Mask sparse = Mask.dense(start.length);
        for (int round = 0; round < params.getInt("sparse_rounds"); round++) {
            sparse = Pruning.layerwise(trainer.model(), dense.a().theta(), sparse, params.getDouble("rate"),
                    params.getDouble("output_rate"));
        }
        Mask random = Pruning.randomLike(trainer.model(), sparse, Seeds.derive(seed, "random mask"));
        Table rows = rows(DENSE, 1.0, dense);
        rows.append(rows(SPARSE, sparse.remainingFraction(trainer.model()),
                Instability.Copies.train(trainer, start, sparse, k, copyA, copyB, test, alphas)));
        rows.append(rows(RANDOM, random.remainingFraction(trainer.model()),
                Instability.Copies.train(trainer, start, random, k, copyA, copyB, test, alphas)));
        return rows;
    }

    private static Table rows(String network, double remaining, Instability.Copies copies) {
        Instability segment = copies.segment();
        int n = segment.alphas().length;
        return Table.create("instability", StringColumn.create("network", n).setMissingTo(network),
                DoubleColumn.create("remaining", n).setMissingTo(remaining),
                DoubleColumn.create("alpha", segment.alphas()), DoubleColumn.create("test_error", segment.errors()),
                DoubleColumn.create("barrier", n).setMissingTo(segment.barrier()));
    }
}
