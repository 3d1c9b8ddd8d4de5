package org.theorykit.landscape;

import java.util.concurrent.CancellationException;
import org.theorykit.objective.HessianVectorProduct;

/**
 * H·v for the landscape estimators, checked: a thread interrupt (the Jupyter kernel's) before the product ends
 * the computation with a {@link CancellationException}, and a non-finite product is reported as an
 * {@link IllegalStateException} naming where it happened, never passed on as NaN eigenvalues.
 */
final class CheckedProducts {

    private CheckedProducts() {
    }

    /** H·v into out; {@code stage} and {@code index} (e.g. "Lanczos step", 12) name the place in messages. */
    static void apply(HessianVectorProduct hessian, double[] v, double[] out, String stage, int index) {
        if (Thread.currentThread().isInterrupted()) {
            throw new CancellationException("interrupted at " + stage + " " + index);
        }
        hessian.apply(v, out);
        for (int i = 0; i < out.length; i++) {
            if (!Double.isFinite(out[i])) {
                throw new IllegalStateException("Hessian-vector product is not finite at " + stage + " " + index
                        + ": component " + i + " = " + out[i]);
            }
        }
    }
}
