package org.theorykit.pruning;

import org.theorykit.Seeds;
import java.util.Set;
import org.theorykit.Arguments;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Iterative magnitude pruning (Frankle &amp; Carbin 2019, arXiv:1803.03635, §2 and §5.1 "iterative
 * pruning"): train, prune a fraction of each layer's smallest surviving weights ({@link Pruning#layerwise}),
 * reset the survivors to their values at iteration k, retrain; repeat. k = 0 resets to θ₀ as in the paper;
 * k &gt; 0 is rewinding (Frankle, Dziugaite, Roy &amp; Carbin 2019, arXiv:1903.01611, §3), and the
 * retraining then runs the remaining T − k iterations. At the control rounds two controls train as well:
 * the same mask from a fresh initialization ("reinit", Frankle &amp; Carbin §2, Figure 4) and a random
 * mask with the same per-layer counts from the same start ("random").
 */
public final class LotteryTicket {

    /** The conditions, in table order. */
    public static final String TICKET = "ticket";
    public static final String REINIT = "reinit";
    public static final String RANDOM = "random";

    /**
     * @param rounds          pruning rounds after the dense run
     * @param rate            per-round rate of the hidden layers, in [0, 1)
     * @param outputRate      per-round rate of the output layer, in [0, 1)
     * @param rewindIteration k, the iterate the survivors are reset to
     * @param controlRounds   rounds at which the reinit and random controls are trained too
     */
    public record Settings(int rounds, double rate, double outputRate, long rewindIteration, Set<Integer> controlRounds) {
        public Settings {
            Arguments.atLeast("rounds", rounds, 0);
            Arguments.halfOpen("rate", rate, 0, 1);
            Arguments.halfOpen("outputRate", outputRate, 0, 1);
            Arguments.atLeast("rewindIteration", rewindIteration, 0);
            controlRounds = Set.copyOf(Arguments.notNull("controlRounds", controlRounds));
        }
    }

    private LotteryTicket() {
    }

    /**
     * One row per trained network: round, remaining (weight fraction), condition, early_stop_iteration,
     * early_stop_accuracy, final_accuracy. Round 0 is the dense net. {@code seed} sets the data order; the
     * reinit control draws θ from Seeds.derive(seed, "reinit", round), the random mask from Seeds.derive(seed, "random mask", round).
     */
    public static Table run(SparseTrainer trainer, double[] theta0, Settings settings, long seed) {
        var model = trainer.model();
        long k = settings.rewindIteration();
        double[] rewound = trainer.iterate(theta0, k, seed);
        Mask mask = Mask.dense(model.parameterCount());
        Table table = emptyTable();
        SparseTrainer.Run previous = trainer.train(theta0, mask, 0, seed);
        add(table, 0, 1.0, TICKET, previous);
        for (int round = 1; round <= settings.rounds(); round++) {
            if (Thread.currentThread().isInterrupted()) {
                throw new IllegalStateException("interrupted before pruning round " + round);
            }
            mask = Pruning.layerwise(model, previous.theta(), mask, settings.rate(), settings.outputRate());
            double remaining = mask.remainingFraction(model);
            previous = trainer.train(rewound, mask, k, seed);
            add(table, round, remaining, TICKET, previous);
            if (settings.controlRounds().contains(round)) {
                add(table, round, remaining, REINIT, trainer.train(model.initialParameters(Seeds.derive(seed, "reinit", round)),
                        mask, k, seed));
                add(table, round, remaining, RANDOM, trainer.train(rewound, Pruning.randomLike(model, mask,
                        Seeds.derive(seed, "random mask", round)), k, seed));
            }
        }
        return table;
    }

    private static Table emptyTable() {
        return Table.create("lottery ticket", IntColumn.create("round"), DoubleColumn.create("remaining"),
                StringColumn.create("condition"), LongColumn.create("early_stop_iteration"),
                DoubleColumn.create("early_stop_accuracy"), DoubleColumn.create("final_accuracy"));
    }

    private static void add(Table table, int round, double remaining, String condition, SparseTrainer.Run run) {
        table.intColumn("round").append(round);
        table.doubleColumn("remaining").append(remaining);
        table.stringColumn("condition").append(condition);
        table.longColumn("early_stop_iteration").append(run.earlyStopIteration());
        table.doubleColumn("early_stop_accuracy").append(run.earlyStopAccuracy());
        table.doubleColumn("final_accuracy").append(run.finalAccuracy());
    }
}
