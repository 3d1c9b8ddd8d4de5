package org.theorykit.experiment.pruning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.theorykit.data.SyntheticMnistHome;
import org.theorykit.experiment.Params;
import org.theorykit.experiment.Scale;
import org.theorykit.nn.Activation;
import org.theorykit.nn.DeepMlp;
import org.theorykit.pruning.Pruning;
import tech.tablesaw.api.Table;

/** One point of the instability experiment on a synthetic MNIST-shaped dataset: three networks, their masks, their barriers. */
@ExtendWith(SyntheticMnistHome.class)
class InstabilityExperimentTest {

    @Test
    void densePrunedAndRandomNetworksEachGetTheirOwnSegmentAndBarrier() throws Exception {
        InstabilityExperiment experiment = new InstabilityExperiment();
        Params params = Params.resolve(experiment, Scale.SMOKE, Map.of("n", 120, "validation", 60, "test", 100,
                "epochs", 1, "rewind", List.of(0, 1)));
        assertEquals(2, experiment.points(params).size());
        Table rows = experiment.runPoint(params, experiment.points(params).get(1));
        double ninthRound = Pruning.remainingFraction(DeepMlp.of(new int[] {784, 300, 100, 10}, Activation.relu()),
                0.2, 0.1, 9);
        Map<String, Double> remaining = Map.of(InstabilityExperiment.DENSE, 1.0, InstabilityExperiment.SPARSE, ninthRound,
                InstabilityExperiment.RANDOM, ninthRound);
        assertEquals(3 * 11, rows.rowCount());
        for (String network : remaining.keySet()) {
            Table segment = rows.where(rows.stringColumn("network").isEqualTo(network)).sortAscendingOn("alpha");
            assertEquals(11, segment.rowCount(), network);
            assertEquals(remaining.get(network), segment.doubleColumn("remaining").get(0), 1e-15, network);
            double[] errors = segment.doubleColumn("test_error").asDoubleArray();
            double highest = 0;
            for (double e : errors) {
                assertEquals(Math.rint(100 * e), 100 * e, 1e-9, network + ": error " + e + " is not a count over the 100 test images");
                highest = Math.max(highest, e);
            }
            double barrier = highest - (errors[0] + errors[10]) / 2;
            assertEquals(barrier, segment.doubleColumn("barrier").get(0), 1e-12, network + ": max e(α) − mean of the ends");
        }
    }
}
