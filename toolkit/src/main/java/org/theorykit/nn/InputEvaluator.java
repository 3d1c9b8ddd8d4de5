package org.theorykit.nn;

import org.theorykit.Arguments;

/**
 * One output f_o(·; θ) of a model as a function of the input x, with its exact input gradient ∇x f_o
 * (the reverse pass of {@link Model}), for loops that evaluate many inputs: θ is copied once, the
 * scratch buffers are reused and no compute engine is allocated. Not thread-safe: use one
 * per thread. Obtain one from {@link Model#inputEvaluator(double[], int)}.
 */
public final class InputEvaluator {

    private final Model model;
    private final double[] theta;
    private final int output;
    private final Model.Workspace workspace;

    InputEvaluator(Model model, double[] theta, int output) {
        model.checkTheta(theta);
        Arguments.index("output", output, model.outputDimension());
        this.model = model;
        this.theta = theta.clone();
        this.output = output;
        this.workspace = model.newGenericWorkspace();
    }

    /** n, the input dimension. */
    public int inputDimension() {
        return model.inputDimension();
    }

    /** f_o(x; θ); x is checked (length n, finite). */
    public double value(double[] x) {
        Arguments.vector("x", x, model.inputDimension());
        model.forward(theta, x, 0, workspace);
        return workspace.f[output];
    }

    /** f_o(x; θ), with ∇x f_o(x; θ) written into gradient (length n). */
    public double valueAndGradient(double[] x, double[] gradient) {
        Arguments.vector("x", x, model.inputDimension());
        Arguments.length("gradient", gradient, model.inputDimension());
        model.forward(theta, x, 0, workspace);
        double value = workspace.f[output];
        java.util.Arrays.fill(workspace.g, 0.0);
        workspace.g[output] = 1.0;
        model.backward(theta, workspace, workspace.g, null, true);
        System.arraycopy(workspace.gh, 0, gradient, 0, model.inputDimension());
        return value;
    }
}
