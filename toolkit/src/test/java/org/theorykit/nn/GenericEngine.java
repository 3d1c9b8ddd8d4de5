package org.theorykit.nn;

import org.theorykit.nn.engine.BatchEngine;

/**
 * Test access to a model's generic per-example engine (the plain reference the compute engines of
 * {@code nn.engine} are checked against) and to the engine the model would choose.
 */
public final class GenericEngine {

    private GenericEngine() {
    }

    /** Mean loss over batch[from..to) and its gradient (into grad) by the generic engine. */
    public static double lossAndGradient(Model model, double[] theta, Loss loss, Dataset data, int[] batch, int from,
                                         int to, double[] grad) {
        return model.lossAndGradient(theta, loss, data, batch, from, to, grad, model.newGenericWorkspace());
    }

    /** Mean loss over all examples by the generic engine. */
    public static double loss(Model model, double[] theta, Loss loss, Dataset data) {
        return model.loss(theta, loss, data, model.newGenericWorkspace());
    }

    /** H·v of the mean loss over all examples by the generic R-operator. */
    public static double[] hessianVector(Model model, double[] theta, double[] v, Loss loss, Dataset data) {
        double[] out = new double[theta.length];
        model.hessianVector(theta, v, loss, data, out, model.newGenericWorkspace());
        return out;
    }

    /** Outputs of all examples (row-major n × q) by the generic per-example forward pass. */
    public static double[] outputs(Model model, double[] theta, Dataset data) {
        Model.Workspace ws = model.newGenericWorkspace();
        int q = model.outputDimension();
        double[] out = new double[data.size() * q];
        for (int i = 0; i < data.size(); i++) {
            model.forward(theta, data.x(), i * model.inputDimension(), ws);
            System.arraycopy(ws.f, 0, out, i * q, q);
        }
        return out;
    }

    /** The compute engine the model chooses (through {@code Engines}), null if it has none. */
    public static BatchEngine chosenEngine(Model model) {
        return model.newBatchEngine();
    }

    /** The model's computation graph. */
    public static DenseOp[] ops(Model model) {
        return model.ops();
    }
}
