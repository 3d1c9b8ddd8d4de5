package org.theorykit.robust;

import org.theorykit.Arguments;
import org.theorykit.nn.InputEvaluator;
import org.theorykit.nn.Model;

/**
 * A scalar function f: R^d → R with its input gradient ∇x f, the object whose Lipschitz constant
 * Lip(f) = sup ‖∇x f‖ (on a convex domain) the law of robustness (Bubeck–Sellke 2021,
 * arXiv:2105.12806) is about. Implementations need not be thread-safe.
 */
public interface InputFunction {

    /** d, the input dimension. */
    int dimension();

    /** f(x). */
    double value(double[] x);

    /** f(x), with ∇x f(x) written into gradient (length d). */
    double valueAndGradient(double[] x, double[] gradient);

    /**
     * A one-output model of {@code org.theorykit.nn} at parameters θ (copied), through its exact
     * reverse-mode input gradient ({@link Model#inputEvaluator}). Not thread-safe.
     */
    static InputFunction of(Model model, double[] theta) {
        Arguments.notNull("model", model);
        if (model.outputDimension() != 1) {
            throw new IllegalArgumentException("model.outputDimension() = " + model.outputDimension()
                    + "; accepted: 1 (a scalar function)");
        }
        InputEvaluator evaluator = model.inputEvaluator(theta, 0);
        return new InputFunction() {
            public int dimension() {
                return evaluator.inputDimension();
            }

            public double value(double[] x) {
                return evaluator.value(x);
            }

            public double valueAndGradient(double[] x, double[] gradient) {
                return evaluator.valueAndGradient(x, gradient);
            }
        };
    }
}
