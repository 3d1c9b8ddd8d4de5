package org.theorykit.robust;

import java.util.ArrayList;
import java.util.List;
import org.theorykit.Arguments;
import org.theorykit.nn.Activation;
import org.theorykit.nn.DeepMlp;
import org.theorykit.nn.LinearModel;
import org.theorykit.nn.Model;
import org.theorykit.nn.ShallowNet;
import smile.math.matrix.Matrix;
import smile.math.MathEx;

/**
 * Certified upper bounds on Lip(f) = sup ‖∇x f‖ (Euclidean) from a model's weights.
 *
 * <p><b>Linear</b> f = w·x + b: Lip = ‖w‖₂ exactly.
 *
 * <p><b>Spectral product</b> (any dense chain, Szegedy et al. 2014, arXiv:1312.6199; for two layers the
 * spectral-norm proxy of Lip for which Bubeck–Li–Nagaraj 2020, arXiv:2009.14444, prove their conjecture): ∇x f = W₁ᵀ D₁ W₂ᵀ D₂ ⋯ W_Lᵀ with D_l = diag(σ'(z_l)),
 * ‖D_l‖₂ ≤ L_σ = sup|σ'|, so Lip ≤ L_σ^(L−1) Π_l ‖W_l‖₂.
 *
 * <p><b>Two layers</b> f(x) = Σ_j a_j σ(w_j·x + b_j) with σ' ∈ [m, M] (ReLU, softplus, tanh: [0, 1]):
 * ∇x f = Σ_j a_j s_j w_j = Wᵀ(a ∘ s) with s_j = σ'(z_j) ∈ [m, M]. Then
 * <ul>
 *   <li>spectral: ‖Wᵀ(a∘s)‖ ≤ ‖W‖₂ ‖a∘s‖₂ ≤ L_σ ‖W‖₂ ‖a‖₂;</li>
 *   <li>path: ‖Σ_j a_j s_j w_j‖ ≤ L_σ Σ_j |a_j| ‖w_j‖₂ (triangle inequality);</li>
 *   <li>centred (proved here): write s = c·1 + r·t with c = (m+M)/2, r = (M−m)/2, t ∈ [−1, 1]^k. Then
 *       Wᵀ(a∘s) = c·Wᵀa + r·Wᵀ(a∘t), and ‖Wᵀ(a∘t)‖ ≤ ‖W‖₂‖a∘t‖₂ ≤ ‖W‖₂‖a‖₂ and
 *       ≤ Σ_j |a_j||t_j|‖w_j‖ ≤ Σ_j |a_j|‖w_j‖. Hence
 *       Lip ≤ |c|·‖Wᵀa‖ + r·min(‖W‖₂‖a‖₂, Σ_j|a_j|‖w_j‖).
 *       Since L_σ = |c| + r and ‖Wᵀa‖ ≤ both, the centred bounds never exceed their uncentred versions;
 *       they gain when the units' contributions cancel (‖Wᵀa‖ small), as they do for random labels,
 *       and are exact for one unit (k = 1: |a|‖w‖ when m = 0).</li>
 * </ul>
 * The bracket keeps every bound and takes the minimum, naming the winner.
 */
public final class LipschitzUpperBounds {

    private LipschitzUpperBounds() {
    }

    /**
     * Every bound that applies to the model at θ: linear models (one output) get the exact norm; shallow
     * nets and two-layer MLPs the spectral, path and centred bounds; deeper MLPs the spectral product.
     * Other models (tree nets, random features) get none (an empty list: the bracket's upper is +∞).
     * A model whose activation has an unbounded derivative (polynomials) also gets none.
     */
    public static List<LipschitzEstimate> of(Model model, double[] theta) {
        Arguments.notNull("model", model);
        Arguments.notNull("theta", theta);
        if (theta.length != model.parameterCount()) {
            throw new IllegalArgumentException("theta.length = " + theta.length + "; accepted: "
                    + model.parameterCount());
        }
        if (model.outputDimension() != 1) {
            throw new IllegalArgumentException("model.outputDimension() = " + model.outputDimension()
                    + "; accepted: 1");
        }
        if (model instanceof LinearModel) {
            return List.of(linear(model.view("linear.weights").get(theta)));
        }
        if (model instanceof ShallowNet net) {
            double[] range = slopeRange(net.activation());
            return range == null ? List.of() : twoLayer(matrix(model, theta, "hidden.weights"),
                    model.view("output.weights").get(theta), range[0], range[1]);
        }
        if (model instanceof DeepMlp mlp && mlp.widths().length >= 3) {
            return deepMlp(mlp, theta);
        }
        if (model instanceof DeepMlp) {
            return List.of(linear(model.view("layer1.weights").get(theta)));
        }
        return List.of();
    }

    /** Lip of x ↦ w·x + b is ‖w‖₂, exactly. */
    public static LipschitzEstimate linear(double[] w) {
        Arguments.nonEmpty("w", w);
        return LipschitzEstimate.upper(LipschitzEstimate.LINEAR, MathEx.norm(w));
    }

    /**
     * The four two-layer bounds of the class comment for f(x) = Σ_j a_j σ(w_j·x + b_j) with σ' ∈ [m, M]:
     * spectral product, path sum, centred spectral, centred path.
     *
     * @param w rows w_j (k × d)
     * @param a output weights (k)
     */
    public static List<LipschitzEstimate> twoLayer(double[][] w, double[] a, double slopeMin, double slopeMax) {
        Arguments.matrix("w", w, -1);
        Arguments.nonEmpty("a", a);
        if (a.length != w.length) {
            throw new IllegalArgumentException("a must have one entry per row of w (" + w.length + "), got " + a.length);
        }
        Arguments.finite("slopeMin", slopeMin);
        Arguments.finite("slopeMax", slopeMax);
        if (slopeMin > slopeMax) {
            throw new IllegalArgumentException("slopeMin = " + slopeMin + " > slopeMax = " + slopeMax
                    + "; accepted: slopeMin <= slopeMax");
        }
        int d = w[0].length;
        double lipschitzSigma = Math.max(Math.abs(slopeMin), Math.abs(slopeMax));
        double centre = Math.abs(slopeMin + slopeMax) / 2;
        double radius = (slopeMax - slopeMin) / 2;
        double spectral = Matrix.of(w).norm2() * MathEx.norm(a);
        double path = 0;
        double[] sum = new double[d];
        for (int j = 0; j < w.length; j++) {
            path += Math.abs(a[j]) * MathEx.norm(w[j]);
            for (int i = 0; i < d; i++) {
                sum[i] += a[j] * w[j][i];
            }
        }
        double aligned = MathEx.norm(sum);
        List<LipschitzEstimate> bounds = new ArrayList<>();
        bounds.add(LipschitzEstimate.upper(LipschitzEstimate.SPECTRAL_PRODUCT, lipschitzSigma * spectral));
        bounds.add(LipschitzEstimate.upper(LipschitzEstimate.PATH_SUM, lipschitzSigma * path));
        bounds.add(LipschitzEstimate.upper(LipschitzEstimate.CENTRED_SPECTRAL, centre * aligned + radius * spectral));
        bounds.add(LipschitzEstimate.upper(LipschitzEstimate.CENTRED_PATH, centre * aligned + radius * path));
        return bounds;
    }

    /** L_σ^(L−1) Π ‖W_l‖₂ over the given weight matrices (each w_l × w_{l−1}); L_σ ≥ 0. */
    public static LipschitzEstimate spectralProduct(List<double[][]> weights, double activationLipschitz) {
        Arguments.notNull("weights", weights);
        Arguments.nonNegativeFinite("activationLipschitz", activationLipschitz);
        if (weights.isEmpty()) {
            throw new IllegalArgumentException("weights is empty; accepted: at least one matrix");
        }
        double product = Math.pow(activationLipschitz, weights.size() - 1);
        for (double[][] layer : weights) {
            product *= Matrix.of(layer).norm2();
        }
        return LipschitzEstimate.upper(LipschitzEstimate.SPECTRAL_PRODUCT, product);
    }

    /**
     * The range [m, M] of σ' for the activations of {@link Activation} whose derivative is bounded
     * (ReLU and leaky ReLU, softplus, tanh, sigmoid, cosine), or null (polynomials: unbounded).
     */
    public static double[] slopeRange(Activation activation) {
        Arguments.notNull("activation", activation);
        double slope = activation.derivative(-1.0);
        if (activation.equals(Activation.relu()) || activation.equals(Activation.softplus())
                || activation.equals(Activation.tanh())) {
            return new double[] {0, 1};
        }
        if (activation.equals(Activation.sigmoid())) {
            return new double[] {0, 0.25};
        }
        if (activation.equals(Activation.cosine())) {
            return new double[] {-1, 1};
        }
        if (activation.equals(Activation.leakyRelu(slope))) {
            return new double[] {Math.min(slope, 1), Math.max(slope, 1)};
        }
        return null;
    }

    private static List<LipschitzEstimate> deepMlp(DeepMlp mlp, double[] theta) {
        int layers = mlp.widths().length - 1;
        List<double[][]> weights = new ArrayList<>();
        for (int l = 1; l <= layers; l++) {
            weights.add(matrix(mlp, theta, "layer" + l + ".weights"));
        }
        double[] range = slopeRange(mlp.activation());
        if (range == null) {
            return List.of();
        }
        if (layers == 2) {
            return twoLayer(weights.get(0), weights.get(1)[0], range[0], range[1]);
        }
        return List.of(spectralProduct(weights, Math.max(Math.abs(range[0]), Math.abs(range[1]))));
    }

    private static double[][] matrix(Model model, double[] theta, String name) {
        var view = model.view(name);
        int[] shape = view.shape();
        double[] flat = view.get(theta);
        double[][] rows = new double[shape[0]][shape[1]];
        for (int r = 0; r < shape[0]; r++) {
            System.arraycopy(flat, r * shape[1], rows[r], 0, shape[1]);
        }
        return rows;
    }
}
