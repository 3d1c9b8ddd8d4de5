package org.theorykit.display;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.theorykit.objective.Objective;
import org.theorykit.optim.Optimizers;
import org.theorykit.optim.StopRules;

class TrainingProgressTest {

    /** Least squares on 20 examples x_i ∈ R^5 (fixed), enough for minibatches of 7. */
    private static final Objective PROBLEM = new Objective() {
        @Override
        public int parameterCount() {
            return 5;
        }

        @Override
        public int exampleCount() {
            return 20;
        }

        @Override
        public double loss(double[] theta) {
            int[] all = java.util.stream.IntStream.range(0, 20).toArray();
            return lossAndGradient(theta, all, 0, 20, new double[5]);
        }

        @Override
        public double lossAndGradient(double[] theta, int[] indices, int from, int to, double[] gradient) {
            java.util.Arrays.fill(gradient, 0);
            double loss = 0;
            for (int b = from; b < to; b++) {
                int i = indices[b];
                double r = -Math.sin(i);
                for (int j = 0; j < 5; j++) {
                    r += theta[j] * Math.cos(i * (j + 1));
                }
                loss += r * r / 2 / (to - from);
                for (int j = 0; j < 5; j++) {
                    gradient[j] += r * Math.cos(i * (j + 1)) / (to - from);
                }
            }
            return loss;
        }
    };

    @Test
    void barCountsEpochsAndLeavesTheNumbersAlone() {
        double[] plain = Optimizers.sgd(0.05).batchSize(7).seed(3).train(PROBLEM, new double[5], StopRules.maxEpochs(6)).theta();
        PrintStream saved = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        double[] shown;
        try {
            shown = Optimizers.sgd(0.05).batchSize(7).seed(3).listener(TrainingProgress.bar(6))
                    .train(PROBLEM, new double[5], StopRules.maxEpochs(6)).theta();
        } finally {
            System.setErr(saved);
        }
        assertArrayEquals(plain, shown, 0.0);
        String bar = captured.toString(StandardCharsets.UTF_8);
        assertTrue(bar.contains("6/6") && bar.contains("loss "), bar);
    }
}
