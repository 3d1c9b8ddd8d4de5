package org.theorykit.experiment.interpolation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.theorykit.experiment.Params;
import org.theorykit.experiment.Scale;
import tech.tablesaw.api.Table;

/** The experiment on a synthetic MNIST-shaped dataset written here (random grey levels in the first 40 pixels). */
public class DoubleDescentExperimentTest {

    @TempDir
    Path home;

    @AfterEach
    void restoreHome() {
        System.clearProperty("theorykit.home");
    }

    @Test
    void theMinimumNormNormPeaksAtTheInterpolationThreshold() throws Exception {
        writeSyntheticMnist(home.resolve("data/mnist"));
        System.setProperty("theorykit.home", home.toString());
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

    /** 10 digit files of 1,000 images each, grey levels k/255 written with three decimals like the npm package. */
    public static void writeSyntheticMnist(Path dir) throws IOException, NoSuchAlgorithmException {
        Files.createDirectories(dir);
        SplittableRandom random = new SplittableRandom(1);
        List<String> sums = new ArrayList<>();
        for (int d = 0; d < 10; d++) {
            StringBuilder json = new StringBuilder("{\"data\":[");
            for (int i = 0; i < 1000; i++) {
                for (int j = 0; j < 784; j++) {
                    String grey = j < 40 ? String.format(Locale.ROOT, "%.3f", random.nextInt(256) / 255.0) : "0";
                    json.append(i == 0 && j == 0 ? "" : ",").append(grey);
                }
            }
            byte[] bytes = json.append("]}").toString().getBytes();
            Files.write(dir.resolve(d + ".json"), bytes);
            sums.add(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)) + "  " + d + ".json");
        }
        Files.write(dir.resolve("SHA256SUMS"), sums);
    }

    private static void assertMessage(String expected, org.junit.jupiter.api.function.Executable action) {
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, action);
        org.junit.jupiter.api.Assertions.assertTrue(e.getMessage().contains(expected),
                "message '" + e.getMessage() + "' lacks '" + expected + "'");
    }
}
