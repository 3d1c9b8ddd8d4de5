package org.theorykit.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Values and derivatives at chosen points, including the branch-free ReLU step at its extremes. */
class ActivationTest {

    @Test
    void reluStepIsExactForEveryDouble() {
        Activation relu = Activation.relu();
        assertEquals(1.0, relu.derivative(Double.MIN_VALUE), 0.0);
        assertEquals(1.0, relu.derivative(Double.MAX_VALUE), 0.0);
        assertEquals(1.0, relu.derivative(1e-300), 0.0);
        assertEquals(0.0, relu.derivative(0.0), 0.0);
        assertEquals(0.0, relu.derivative(-0.0), 0.0);
        assertEquals(0.0, relu.derivative(-Double.MIN_VALUE), 0.0);
        assertEquals(0.0, relu.derivative(-Double.MAX_VALUE), 0.0);
        assertEquals(3.5, relu.value(3.5), 0.0);
        assertEquals(0.0, relu.value(-3.5), 0.0);
        assertEquals(Double.MIN_VALUE, relu.value(Double.MIN_VALUE), 0.0);
    }

    @Test
    void leakyReluUsesItsSlopeOnTheLeftAndAtZero() {
        Activation leaky = Activation.leakyRelu(0.1);
        assertEquals(-0.2, leaky.value(-2.0), 1e-15);
        assertEquals(2.0, leaky.value(2.0), 0.0);
        assertEquals(0.1, leaky.derivative(-2.0), 0.0);
        assertEquals(0.1, leaky.derivative(0.0), 0.0);
        assertEquals(1.0, leaky.derivative(Double.MIN_VALUE), 0.0);
    }

    @Test
    void smoothActivationsAtKnownPoints() {
        assertEquals(Math.log(2), Activation.softplus().value(0), 1e-15);
        assertEquals(0.25, Activation.sigmoid().derivative(0), 1e-15);
        assertEquals(800.0, Activation.softplus().value(800.0), 1e-12);
        assertEquals(0.0, Activation.tanh().secondDerivative(0), 0.0);
        Activation p = Activation.polynomial(1, -2, 0, 3);
        assertEquals(1 - 4 + 24, p.value(2), 1e-12);
        assertEquals(-2 + 36, p.derivative(2), 1e-12);
        assertEquals(36, p.secondDerivative(2), 1e-12);
        assertEquals("quadratic", Activation.quadratic().name());
        assertEquals(9.0, Activation.quadratic().value(-3), 0.0);
    }

    @Test
    void namedActivationsMatchTheirFactoriesAndUnknownNamesAreRejected() {
        java.util.Map<String, Activation> expected = java.util.Map.of("relu", Activation.relu(), "leaky_relu", Activation.leakyRelu(0.01),
                "softplus", Activation.softplus(), "tanh", Activation.tanh(), "sigmoid", Activation.sigmoid(),
                "quadratic", Activation.quadratic(), "cosine", Activation.cosine());
        expected.forEach((name, activation) -> {
            for (double z : new double[] {-1.3, -0.2, 0.4, 2.1}) {
                assertEquals(activation.value(z), Activation.named(name).value(z), 0.0, name);
            }
        });
        String message = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> Activation.named("swish")).getMessage();
        assertEquals("activation = swish; accepted: relu, leaky_relu, softplus, tanh, sigmoid, quadratic, cosine", message);
    }
}
