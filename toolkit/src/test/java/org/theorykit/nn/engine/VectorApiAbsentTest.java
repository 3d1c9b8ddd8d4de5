package org.theorykit.nn.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.theorykit.nn.Activation;
import org.theorykit.nn.Dataset;
import org.theorykit.nn.GenericEngine;
import org.theorykit.nn.Loss;
import org.theorykit.nn.ShallowNet;

/**
 * A JVM started without {@code --add-modules jdk.incubator.vector} (a user running the jar with plain
 * {@code java}) must never load {@link VectorShallowEngine}: a shallow ReLU net there takes
 * {@link BlasShallowEngine} and gives the generic engine's gradient.
 */
class VectorApiAbsentTest {

    /** Run in the child JVM: prints the engine's class and the largest gradient difference to the generic engine. */
    public static void main(String[] args) {
        ShallowNet net = ShallowNet.of(8, 100, 1, Activation.relu());
        Random random = new Random(3);
        double[] x = random.doubles(64 * 8, -1, 1).toArray();
        double[] y = random.doubles(64).toArray();
        Dataset data = new Dataset(x, y, 64, 8, 1);
        int[] batch = new int[64];
        for (int i = 0; i < batch.length; i++) {
            batch[i] = i;
        }
        double[] theta = net.initialParameters(1);
        double[] expected = new double[theta.length];
        double[] actual = new double[theta.length];
        GenericEngine.lossAndGradient(net, theta, Loss.squared(), data, batch, 0, 64, expected);
        BatchEngine engine = GenericEngine.chosenEngine(net);
        engine.lossAndGradient(theta, Loss.squared(), data, batch, 0, 64, actual);
        double difference = 0;
        for (int k = 0; k < theta.length; k++) {
            difference = Math.max(difference, Math.abs(expected[k] - actual[k]));
        }
        System.out.println(engine.getClass().getSimpleName() + " " + (difference < 1e-12 ? "same" : "differs " + difference)
                + " " + ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent());
    }

    @Test
    void withoutTheModuleTheBlasEngineRuns() throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path errors = Files.createTempFile("vector-api-absent", ".stderr");
        try {
            Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                    VectorApiAbsentTest.class.getName()).redirectError(errors.toFile()).start();
            String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            child.waitFor(60, TimeUnit.SECONDS);
            // stderr apart: newer JDKs warn there about JavaCPP's native loading.
            assertEquals("BlasShallowEngine same false", output, () -> "child's stderr: " + read(errors));
        } finally {
            Files.deleteIfExists(errors);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return e.toString();
        }
    }
}
