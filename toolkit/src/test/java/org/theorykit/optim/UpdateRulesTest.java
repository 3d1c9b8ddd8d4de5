package org.theorykit.optim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Two steps of each update rule on U = θ²/2 from θ = 1 with η = 0.1, against values worked by hand. */
class UpdateRulesTest {

    private static double afterTwoSteps(Optimizer optimizer) {
        var objective = new DiagonalQuadratic(new double[] {1}, new double[] {0});
        return optimizer.train(objective, new double[] {1}, StopRules.maxSteps(2)).theta()[0];
    }

    @Test
    void heavyBall() {
        // v = 1, θ = 0.9; v = 0.5·1 + 0.9 = 1.4, θ = 0.9 − 0.14
        assertEquals(0.76, afterTwoSteps(Optimizers.gd(0.1).momentum(0.5)), 1e-15);
    }

    @Test
    void nesterov() {
        // v = 1, θ = 1 − 0.1(1 + 0.5) = 0.85; v = 0.5 + 0.85 = 1.35, θ = 0.85 − 0.1(0.85 + 0.675)
        assertEquals(0.6975, afterTwoSteps(Optimizers.gd(0.1).nesterov(0.5)), 1e-15);
    }

    @Test
    void adamWithBiasCorrection() {
        // Algorithm 1 of Kingma & Ba with β = (0.9, 0.999), ε = 1e-8, evaluated independently.
        assertEquals(0.8004122297123382, afterTwoSteps(Optimizers.adam(0.1).fullBatch()), 1e-14);
    }

    @Test
    void plainGradientDescent() {
        assertEquals(0.81, afterTwoSteps(Optimizers.gd(0.1)), 1e-15);
    }
}
