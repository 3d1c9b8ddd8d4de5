package org.theorykit.pruning;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.theorykit.Arguments;
import org.theorykit.nn.Model;
import org.theorykit.nn.ParameterView;

/**
 * Magnitude and random pruning of weight matrices (biases are never pruned). One round of per-layer
 * magnitude pruning at rate r removes round(r·m) of the m weights a layer still keeps, those of smallest
 * |θ| (ties: lower index first); the output layer uses its own rate, half the others' in Frankle &amp;
 * Carbin 2019 (arXiv:1803.03635, §2 and Figure 2: 20 % per layer, 10 % at the output for LeNet-300-100).
 * Global pruning ranks all remaining weights of all layers together (their §4 for deep convolutional nets;
 * Kuhn et al. 2021, arXiv:2103.06002, §3 for prunability).
 */
public final class Pruning {

    private Pruning() {
    }

    /** The weight matrices of the model in θ order; the last one is the output layer's. */
    public static List<ParameterView> weightViews(Model model) {
        List<ParameterView> views = model.parameterViews().stream()
                .filter(v -> v.kind() == ParameterView.Kind.WEIGHTS).toList();
        if (views.isEmpty()) {
            throw new IllegalArgumentException("model has no weight views to prune");
        }
        return views;
    }

    /** Prunes round(rate·m) of the m kept weights of each hidden layer, round(outputRate·m) of the output layer. */
    public static Mask layerwise(Model model, double[] theta, Mask mask, double rate, double outputRate) {
        Arguments.halfOpen("rate", rate, 0, 1);
        Arguments.halfOpen("outputRate", outputRate, 0, 1);
        check(model, theta, mask);
        boolean[] keep = mask.keep();
        List<ParameterView> views = weightViews(model);
        for (int l = 0; l < views.size(); l++) {
            int[] kept = keptIndices(keep, List.of(views.get(l)));
            double r = l == views.size() - 1 ? outputRate : rate;
            pruneSmallest(theta, keep, kept, (int) Math.round(r * kept.length));
        }
        return Mask.of(keep);
    }

    /** Prunes round(rate·m) of all m kept weights, the smallest |θ| over all layers together. */
    public static Mask global(Model model, double[] theta, Mask mask, double rate) {
        Arguments.halfOpen("rate", rate, 0, 1);
        check(model, theta, mask);
        boolean[] keep = mask.keep();
        int[] kept = keptIndices(keep, weightViews(model));
        pruneSmallest(theta, keep, kept, (int) Math.round(rate * kept.length));
        return Mask.of(keep);
    }

    /** Keeps the {@code weights} largest |θ| among all weights (global one-shot pruning), and every bias. */
    public static Mask globalKeeping(Model model, double[] theta, int weights) {
        Mask dense = Mask.dense(model.parameterCount());
        check(model, theta, dense);
        boolean[] keep = dense.keep();
        int[] all = keptIndices(keep, weightViews(model));
        Arguments.inRange("weights", weights, 0, all.length);
        pruneSmallest(theta, keep, all, all.length - weights);
        return Mask.of(keep);
    }

    /**
     * A uniformly random mask with as many kept weights in each layer as {@code like} (the random-pruning
     * control of Frankle &amp; Carbin 2019, §2), from {@code seed}.
     */
    public static Mask randomLike(Model model, Mask like, long seed) {
        like.requireFor(model);
        boolean[] keep = Mask.dense(model.parameterCount()).keep();
        SplittableRandom random = new SplittableRandom(seed);
        for (ParameterView view : weightViews(model)) {
            int[] order = new int[view.length()];
            for (int i = 0; i < order.length; i++) {
                order[i] = view.offset() + i;
            }
            for (int i = order.length - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int t = order[i];
                order[i] = order[j];
                order[j] = t;
            }
            for (int i = like.kept(view); i < order.length; i++) {
                keep[order[i]] = false;
            }
        }
        return Mask.of(keep);
    }

    /** Weights a layer of {@code size} keeps after {@code rounds} rounds at {@code rate}, as {@link #layerwise} counts. */
    public static long keptAfter(long size, double rate, int rounds) {
        Arguments.halfOpen("rate", rate, 0, 1);
        Arguments.atLeast("rounds", rounds, 0);
        long kept = size;
        for (int k = 0; k < rounds; k++) {
            kept -= Math.round(rate * kept);
        }
        return kept;
    }

    /** The exact remaining weight fraction of the model after {@code rounds} rounds of {@link #layerwise}. */
    public static double remainingFraction(Model model, double rate, double outputRate, int rounds) {
        Arguments.halfOpen("outputRate", outputRate, 0, 1);
        List<ParameterView> views = weightViews(model);
        long kept = 0;
        long all = 0;
        for (int l = 0; l < views.size(); l++) {
            kept += keptAfter(views.get(l).length(), l == views.size() - 1 ? outputRate : rate, rounds);
            all += views.get(l).length();
        }
        return (double) kept / all;
    }

    private static void check(Model model, double[] theta, Mask mask) {
        Arguments.notNull("model", model);
        Arguments.notNull("mask", mask).requireFor(model);
        Arguments.vector("theta", theta, model.parameterCount());
    }

    private static int[] keptIndices(boolean[] keep, List<ParameterView> views) {
        List<Integer> indices = new ArrayList<>();
        for (ParameterView view : views) {
            for (int i = view.offset(); i < view.offset() + view.length(); i++) {
                if (keep[i]) {
                    indices.add(i);
                }
            }
        }
        return indices.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Sets keep to false for the {@code count} candidates of smallest |θ|, lower index first among ties. */
    private static void pruneSmallest(double[] theta, boolean[] keep, int[] candidates, int count) {
        if (count <= 0) {
            return;
        }
        double[] magnitudes = new double[candidates.length];
        for (int i = 0; i < candidates.length; i++) {
            magnitudes[i] = Math.abs(theta[candidates[i]]);
        }
        double[] sorted = magnitudes.clone();
        Arrays.sort(sorted);
        double threshold = sorted[count - 1];
        int below = 0;
        for (double m : magnitudes) {
            below += m < threshold ? 1 : 0;
        }
        int ties = count - below;
        for (int i = 0; i < candidates.length; i++) {
            if (magnitudes[i] < threshold || magnitudes[i] == threshold && ties-- > 0) {
                keep[candidates[i]] = false;
            }
        }
    }
}
