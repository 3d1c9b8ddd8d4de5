package org.theorykit.experiment;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.theorykit.Arguments;
import org.theorykit.experiment.compositionality.DeepVsShallowExperiment;
import org.theorykit.experiment.flatness.SgdFlatnessExperiment;
import org.theorykit.experiment.langevin.LangevinWellsExperiment;
import org.theorykit.experiment.robust.RobustnessLawExperiment;
import org.theorykit.experiment.tour.TourExperiment;
import org.theorykit.experiment.training.CriticalPointsExperiment;
import org.theorykit.experiment.training.ImplicitBiasExperiment;
import org.theorykit.experiment.training.WidthAtFixedDataExperiment;
import org.theorykit.experiment.interpolation.DoubleDescentExperiment;
import org.theorykit.experiment.interpolation.InterpolationExperiment;
import org.theorykit.experiment.interpolation.RandomLabelsExperiment;
import org.theorykit.experiment.pruning.InstabilityExperiment;
import org.theorykit.experiment.pruning.LotteryTicketExperiment;
import org.theorykit.experiment.pruning.PrunabilityExperiment;
import tech.tablesaw.api.Table;

/** The registry of named experiments, and the one-call way to run one from a notebook. */
public final class Experiments {

    private static final List<Experiment> ALL = List.of(new TourExperiment(), new DeepVsShallowExperiment(),
            new LangevinWellsExperiment(), new SgdFlatnessExperiment(), new InterpolationExperiment(),
            new DoubleDescentExperiment(), new RandomLabelsExperiment(), new RobustnessLawExperiment(),
            new CriticalPointsExperiment(), new ImplicitBiasExperiment(), new WidthAtFixedDataExperiment(),
            new LotteryTicketExperiment(), new InstabilityExperiment(), new PrunabilityExperiment());

    private Experiments() {
    }

    /** Every registered experiment, in lecture order. */
    public static List<Experiment> all() {
        return ALL;
    }

    /** The experiment named {@code name}; the error lists the registered names. */
    public static Experiment get(String name) {
        return ALL.stream().filter(e -> e.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown experiment '" + name + "'; registered: "
                        + ALL.stream().map(Experiment::name).collect(Collectors.joining(", "))));
    }

    /** Runs {@code name} at {@code scale} with the given overrides, reading cached points. */
    public static Table run(String name, Scale scale, Map<String, ?> overrides) {
        return run(name, scale, overrides, Runner.local());
    }

    /**
     * The same sweep on another runner, e.g. {@code Runner.spark("local[2]")} or a cluster's master
     * ({@link Runner#spark}): the call does not change otherwise, and the result cache is shared, so
     * points finished by either runner are not computed again.
     */
    public static Table run(String name, Scale scale, Map<String, ?> overrides, Runner runner) {
        Experiment experiment = get(name);
        return Arguments.notNull("runner", runner).run(experiment, Params.resolve(experiment, scale, overrides));
    }

    /** Runs {@code name} at the current scale with its defaults. */
    public static Table run(String name) {
        return run(name, Scale.current(), Map.of());
    }
}
