package org.theorykit.experiment.tour;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.theorykit.data.NoisyRegression;

class PolynomialFitTest {

    @Test
    void noiselessCubicIsRecoveredExactly() {
        NoisyRegression data = NoisyRegression.sample(x -> 1 - 2 * x + 0.5 * x * x * x, 30, 0, 3);
        PolynomialFit fit = PolynomialFit.fit(data.x(), data.y(), 3);
        assertEquals(4, fit.parameterCount());
        for (double x = -1; x <= 1; x += 0.1) {
            assertEquals(1 - 2 * x + 0.5 * x * x * x, fit.predict(x), 1e-9);
        }
        assertTrue(fit.meanSquaredError(data.x(), data.y()) < 1e-20);
    }

    @Test
    void residualOfTheFitIsOrthogonalToTheFeatures() {
        NoisyRegression data = NoisyRegression.sample(Math::sin, 40, 0.3, 5);
        PolynomialFit fit = PolynomialFit.fit(data.x(), data.y(), 2);
        double sumResidual = 0;
        double sumResidualX = 0;
        for (int i = 0; i < data.size(); i++) {
            double r = data.y()[i] - fit.predict(data.x()[i]);
            sumResidual += r;
            sumResidualX += r * data.x()[i];
        }
        assertEquals(0, sumResidual, 1e-9);
        assertEquals(0, sumResidualX, 1e-9);
    }

    @Test
    void tooHighADegreeIsRejectedWithTheLimit() {
        NoisyRegression data = NoisyRegression.sample(Math::sin, 5, 0.1, 1);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PolynomialFit.fit(data.x(), data.y(), 4));
        assertTrue(e.getMessage().contains("degree must be < n - 1 = 4"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> PolynomialFit.fit(data.x(), data.y(), 0));
    }

    @Test
    void sameSeedSameSample() {
        NoisyRegression a = NoisyRegression.sample(Math::cos, 10, 0.2, 42);
        NoisyRegression b = NoisyRegression.sample(Math::cos, 10, 0.2, 42);
        assertEquals(java.util.Arrays.toString(a.y()), java.util.Arrays.toString(b.y()));
        assertThrows(IllegalArgumentException.class, () -> NoisyRegression.sample(Math::cos, 10, Double.NaN, 1));
    }
}
