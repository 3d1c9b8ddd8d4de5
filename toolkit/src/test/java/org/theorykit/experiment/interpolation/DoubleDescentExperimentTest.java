package org.theorykit.experiment.interpolation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.theorykit.BadInput.assertMessage;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.theorykit.data.SyntheticMnistHome;
import org.theorykit.experiment.Params;
import org.theorykit.experiment.Scale;
import tech.tablesaw.api.Table;

/** The experiment on a synthetic MNIST-shaped dataset written here (random grey levels in the first 40 pixels). */
@ExtendWith(SyntheticMnistHome.class)
class DoubleDescentExperimentTest {

    @Test
    void theMinimumNormNormPeaksAtTheInterpolationThreshold() throws Exception {
        DoubleDescentExperiment experiment = new DoubleDescentExperiment();
        Params params = Params.resolve(experiment, Scale.SMOKE, Map.of("features", List.of(30, 100, 600)));
        assertEquals(3, experiment.points(params).size());
        double[] norms = new double[3];
        for (int k = 0; k < 3; k++) {
            Table row = experiment.runPoint(params, experiment.points(params).get(k));
            norms[k] = row.doubleColumn("coefficient_norm").get(0);
            if (k > 0) {
                assertEquals(0, row.doubleColumn("train_error").get(0), "N >= n = 100 interpolates");
            }
        }
        assertTrue(norms[1] > 3 * norms[0] && norms[1] > 3 * norms[2], "‖a‖ at N = 30, 100, 600: "
                + norms[0] + ", " + norms[1] + ", " + norms[2]);
    }

    @Test
    void unknownDatasetOrFeatureKindIsNamedBeforeAnyPointRuns() {
        DoubleDescentExperiment experiment = new DoubleDescentExperiment();
        assertMessage("dataset name must be mnist or fashion-mnist, got 'cifar'",
                () -> experiment.points(Params.resolve(experiment, Scale.SMOKE, Map.of("dataset", "cifar"))));
        assertMessage("parameter 'kind' must be fourier or relu, got 'tanh'",
                () -> experiment.points(Params.resolve(experiment, Scale.SMOKE, Map.of("kind", "tanh"))));
    }

}
