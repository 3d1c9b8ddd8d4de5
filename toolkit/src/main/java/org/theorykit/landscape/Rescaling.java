package org.theorykit.landscape;

import org.theorykit.nn.DeepMlp;
import org.theorykit.nn.Model;
import org.theorykit.nn.ShallowNet;

/**
 * The reparametrization of Dinh, Pascanu, Bengio, Bengio 2017 ("Sharp minima can generalize for deep
 * nets", arXiv:1703.04933, §4): for a positively homogeneous activation (ReLU, leaky ReLU),
 * σ(αz) = ασ(z) for α &gt; 0, so multiplying one hidden layer's weights and biases by α and the next
 * layer's weights by 1/α leaves the function x ↦ f(x; θ) unchanged. The loss is unchanged too, but
 * its Hessian is not: along the scaled layer curvature is multiplied by 1/α², along the next by α², so
 * the raw sharpness λ_max can be made as large as one likes at the same minimum.
 */
public final class Rescaling {

    private Rescaling() {
    }

    /**
     * A copy of θ with hidden layer {@code layer} (weights and biases) scaled by α and the following
     * layer's weights by 1/α. {@link DeepMlp}: layer 1 … L − 1 ("layerℓ.*" × α, "layerℓ+1.weights" × 1/α;
     * the output bias stays). {@link ShallowNet}: layer 1 ("hidden.*" × α, "output.weights" × 1/α).
     * The function is unchanged only for a positively homogeneous activation.
     */
    public static double[] reluLayers(Model model, double[] theta, int layer, double alpha) {
        if (model == null) {
            throw new IllegalArgumentException("model = null; accepted: a DeepMlp or a ShallowNet");
        }
        if (theta == null || theta.length != model.parameterCount()) {
            throw new IllegalArgumentException("theta has length " + (theta == null ? "null" : theta.length)
                    + "; accepted: " + model.parameterCount() + " (the model's p)");
        }
        if (!(alpha > 0) || !Double.isFinite(alpha)) {
            throw new IllegalArgumentException("alpha = " + alpha + "; accepted: finite and > 0");
        }
        String[] up;
        String down;
        if (model instanceof DeepMlp mlp) {
            int hidden = mlp.widths().length - 2;
            if (layer < 1 || layer > hidden) {
                throw new IllegalArgumentException("layer = " + layer + "; accepted: a hidden layer 1.." + hidden);
            }
            up = new String[] {"layer" + layer + ".weights", "layer" + layer + ".biases"};
            down = "layer" + (layer + 1) + ".weights";
        } else if (model instanceof ShallowNet) {
            if (layer != 1) {
                throw new IllegalArgumentException("layer = " + layer + "; accepted: 1 (a shallow net's hidden layer)");
            }
            up = new String[] {"hidden.weights", "hidden.biases"};
            down = "output.weights";
        } else {
            throw new IllegalArgumentException("model is a " + model.getClass().getSimpleName()
                    + "; accepted: a DeepMlp or a ShallowNet");
        }
        double[] out = theta.clone();
        for (String name : up) {
            var view = model.view(name);
            for (int i = view.offset(); i < view.offset() + view.length(); i++) {
                out[i] *= alpha;
            }
        }
        var view = model.view(down);
        for (int i = view.offset(); i < view.offset() + view.length(); i++) {
            out[i] /= alpha;
        }
        return out;
    }
}
