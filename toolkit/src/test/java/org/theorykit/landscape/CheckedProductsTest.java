package org.theorykit.landscape;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;
import org.theorykit.objective.HessianVectorProduct;

/** A non-finite H·v is reported with its place; an interrupted thread cancels the estimator. */
class CheckedProductsTest {

    private static final HessianVectorProduct NAN_AFTER_THREE = new HessianVectorProduct() {
        private int calls;

        @Override
        public int dimension() {
            return 20;
        }

        @Override
        public void apply(double[] v, double[] out) {
            calls++;
            for (int i = 0; i < v.length; i++) {
                out[i] = calls > 3 && i == 5 ? Double.NaN : (i + 1) * v[i];
            }
        }
    };

    @Test
    void aNonFiniteProductIsReportedWithTheStep() {
        var error = assertThrows(IllegalStateException.class, () -> LanczosEigensolver.top(NAN_AFTER_THREE, 2, 1));
        assertTrue(error.getMessage().contains("Lanczos step 4: component 5 = NaN"), error.getMessage());
    }

    @Test
    void anInterruptedThreadCancelsTheEstimators() {
        DenseHessian h = DenseHessian.randomSymmetric(30, 2);
        try {
            Thread.currentThread().interrupt();
            assertThrows(CancellationException.class, () -> LanczosEigensolver.top(h, 2, 1));
            assertThrows(CancellationException.class, () -> PowerIteration.sharpness(h, 1));
            assertThrows(CancellationException.class, () -> HutchinsonTrace.estimate(h, 10, 1));
            assertThrows(CancellationException.class, () -> StochasticLanczosQuadrature.estimate(h, 10, 2, 1));
        } finally {
            Thread.interrupted();
        }
    }
}
