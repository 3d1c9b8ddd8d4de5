package org.theorykit.compositionality;

import java.util.List;
import java.util.Locale;
import org.theorykit.Arguments;
import org.theorykit.nn.Activation;
import org.theorykit.nn.DeepMlp;
import org.theorykit.nn.Model;
import org.theorykit.nn.ShallowNet;
import org.theorykit.nn.TreeNet;

/**
 * Builds networks of different architectures whose parameter counts all lie as close as possible to
 * one budget P, for the comparisons of Poggio et al. 2017 (arXiv:1611.00740): every architecture
 * gets its width from P, and {@link Built#parameters()} reports the exact count actually obtained.
 *
 * <ul>
 * <li>{@code shallow}: {@link ShallowNet} n → N → 1, p = (n+2)N, N = round(P/(n+2)).</li>
 * <li>{@code tree}: {@link TreeNet#binary} on n = 2^L inputs, p = 4m(n−1), m = round(P/(4(n−1))).</li>
 * <li>{@code tree-shared}: the same graph with one weight set per level, p = 4mL, m = round(P/(4L)).</li>
 * <li>{@code dense}: {@link DeepMlp} with L hidden layers (the tree's depth), the first L − 1 of
 *     width w and the last of width w' ∈ [w/2, 2w], p = (n+1)w + (L−2)(w+1)w + (w+1)w' + w' + 1,
 *     the pair closest to P (ties: w' nearest w).</li>
 * </ul>
 * Widths are at least 1, so very small budgets can overshoot; {@link Built#deviation()} says by how much.
 */
public final class MatchedBudget {

    /** The architecture names accepted by {@link #build}. */
    public static final List<String> ARCHITECTURES = List.of("shallow", "tree", "tree-shared", "dense");

    private MatchedBudget() {
    }

    /** A network built for a budget: the model, its exact parameter count and a one-line shape. */
    public record Built(String architecture, Model model, int budget, int parameters, String shape) {
        /** (parameters − budget)/budget. */
        public double deviation() {
            return (parameters - (double) budget) / budget;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%s %s: %d parameters (budget %d, %+.1f%%)", architecture, shape,
                    parameters, budget, 100 * deviation());
        }
    }

    /**
     * The architecture {@code name} on n = 2^levels inputs with about {@code budget} parameters.
     *
     * @param name   one of {@link #ARCHITECTURES}
     * @param levels L >= 1 (n = 2^L inputs; also the depth of the dense net)
     * @param budget P >= 1
     */
    public static Built build(String name, int levels, int budget, Activation activation) {
        Arguments.positive("levels", levels);
        Arguments.positive("budget", budget);
        if (levels > 20) {
            throw new IllegalArgumentException("levels = " + levels + "; accepted: 1..20");
        }
        int n = 1 << levels;
        Model model;
        String shape;
        switch (name) {
            case "shallow" -> {
                int units = Math.max(1, (int) Math.round(budget / (double) (n + 2)));
                model = ShallowNet.of(n, units, 1, activation);
                shape = n + "→" + units + "→1";
            }
            case "tree" -> {
                int m = Math.max(1, (int) Math.round(budget / (4.0 * (n - 1))));
                model = TreeNet.binary(levels, m, activation);
                shape = "binary tree, n = " + n + ", " + m + " units per node";
            }
            case "tree-shared" -> {
                int m = Math.max(1, (int) Math.round(budget / (4.0 * levels)));
                model = TreeNet.of(2, levels, m, activation, true);
                shape = "binary tree shared per level, n = " + n + ", " + m + " units per node";
            }
            case "dense" -> {
                int[] widths = denseWidths(n, levels, budget);
                model = DeepMlp.of(widths, activation);
                StringBuilder text = new StringBuilder().append(n);
                for (int l = 1; l < widths.length; l++) {
                    text.append("→").append(widths[l]);
                }
                shape = text.toString();
            }
            default -> throw new IllegalArgumentException("architecture = " + name + "; accepted: one of " + ARCHITECTURES);
        }
        return new Built(name, model, budget, model.parameterCount(), shape);
    }

    /** Parameters of the dense net n → w (×(L−1)) → last → 1. */
    public static int denseParameters(int n, int levels, int w, int last) {
        if (levels == 1) {
            return (n + 1) * last + last + 1;
        }
        return (n + 1) * w + (levels - 2) * (w + 1) * w + (w + 1) * last + last + 1;
    }

    /** Parameters of the dense net n → w (×L) → 1. */
    public static int denseParameters(int n, int levels, int w) {
        return denseParameters(n, levels, w, w);
    }

    /**
     * Widths {n, w, …, w, w', 1} with L hidden layers: the first L − 1 of width w, the last of width
     * w' in [w/2, 2w] (to hit the budget more finely than equal widths can), closest to the budget.
     */
    private static int[] denseWidths(int n, int levels, int budget) {
        int bestW = 1;
        int bestLast = 1;
        long bestGap = Long.MAX_VALUE;
        for (int w = 1; w <= 100_000; w++) {
            if (denseParameters(n, levels, w, Math.max(1, (w + 1) / 2)) > 2L * budget + 10) {
                break;
            }
            int lo = levels == 1 ? w : Math.max(1, (w + 1) / 2);
            int hi = levels == 1 ? w : 2 * w;
            for (int last = lo; last <= hi; last++) {
                long gap = Math.abs((long) denseParameters(n, levels, w, last) - budget);
                if (gap < bestGap || (gap == bestGap && Math.abs(last - w) < Math.abs(bestLast - bestW))) {
                    bestGap = gap;
                    bestW = w;
                    bestLast = last;
                }
            }
        }
        int[] widths = new int[levels + 2];
        widths[0] = n;
        for (int l = 1; l < levels; l++) {
            widths[l] = bestW;
        }
        widths[levels] = bestLast;
        widths[levels + 1] = 1;
        return widths;
    }
}
