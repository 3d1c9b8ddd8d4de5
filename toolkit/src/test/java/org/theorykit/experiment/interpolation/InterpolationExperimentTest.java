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

@ExtendWith(SyntheticMnistHome.class)
class InterpolationExperimentTest {

    @Test
    void everyInterpolantHasTrainingErrorZeroAndAMedianBandwidth() throws Exception {
        InterpolationExperiment experiment = new InterpolationExperiment();
        for (String kernel : List.of("laplace", "gaussian", "arc-cosine")) {
            Params params = Params.resolve(experiment, Scale.SMOKE, Map.of("kernel", kernel, "n", List.of(150)));
            Table row = experiment.runPoint(params, experiment.points(params).get(0));
            assertEquals(0, row.doubleColumn("train_error").get(0), kernel);
            double bandwidth = row.doubleColumn("bandwidth_used").get(0);
            assertTrue(bandwidth > 1 && bandwidth < 4, kernel + ": median distance of 40 random grey levels " + bandwidth);
            assertTrue(row.doubleColumn("rkhs_norm").get(0) > 0);
        }
    }

    @Test
    void unknownKernelOrTooLargeNIsNamed() throws Exception {
        InterpolationExperiment experiment = new InterpolationExperiment();
        assertMessage("parameter 'kernel' must be gaussian, laplace or arc-cosine, got 'rbf'",
                () -> experiment.points(Params.resolve(experiment, Scale.SMOKE, Map.of("kernel", "rbf"))));
        Params tooMany = Params.resolve(experiment, Scale.SMOKE, Map.of("n", List.of(9000)));
        assertMessage("parameter 'n' must be at most 8000 (the training split of mnist), got 9000",
                () -> experiment.runPoint(tooMany, experiment.points(tooMany).get(0)));
    }
}
