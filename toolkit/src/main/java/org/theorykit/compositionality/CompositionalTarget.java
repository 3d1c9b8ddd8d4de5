package org.theorykit.compositionality;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.DoubleBinaryOperator;
import org.theorykit.data.MultivariateTarget;

/**
 * A hierarchically local compositional function on n = a^L variables (Poggio, Mhaskar, Rosasco,
 * Miranda, Liao 2017, arXiv:1611.00740, §2 and Fig. 1): the leaves of a complete a-ary tree are
 * x_1 … x_n in order, node j of level 1 reads x_{ja+1} … x_{ja+a}, node j of level l+1 reads the
 * outputs of nodes ja … ja+a−1 of level l, and the root (level L) gives f(x). For a = 2, L = 3
 * this is the paper's f = h3(h21(h11(x1,x2), h12(x3,x4)), h22(h13(x5,x6), h14(x7,x8))).
 *
 * <p>Build one with {@link #builder(int, int)} (node functions as lambdas, per level or per node),
 * or take a preset:
 * <ul>
 * <li>{@link #canonical(int)} — smooth nodes, identical within a level: level 1
 *     h(a,b) = 0.59·cos(1.5π(a+b)) as in the co-author's code; above it
 *     h(a,b) = sin(a+b) + (a+b)²/4 − 0.2, a bounded variant of the co-author's quadratic
 *     1.1(a+b+1)² − 1. That quadratic grows to ≈ 100 at the root of the 8-variable tree and ≈ 3·10⁴
 *     at n = 16; an even node such as T₂((a+b)/2) stays bounded but passes no first-order signal
 *     to its children, so gradient training of any net stalls at the variance. The variant keeps a
 *     linear and a quadratic part; its standard deviation stays ≈ 0.5–0.65 for n = 4 … 32.</li>
 * <li>{@link #distinct(int)} — smooth nodes that all differ (frequencies, phases, signs, mixed
 *     terms a·b and tanh).</li>
 * <li>{@link #relu(int)} — h(a,b) = relu(a+b+0.5) − 0.6·relu(a−b) − 0.5 at every node: a tree ReLU
 *     net with the same graph and ≥ 3 units per node represents it exactly (the constant is a unit
 *     with zero weights and bias 0.5).</li>
 * </ul>
 */
public final class CompositionalTarget implements MultivariateTarget {

    /** A node function of the tree: its a children's values → its value. */
    @FunctionalInterface
    public interface Node {
        double apply(double[] children);

        /** A binary node from a two-argument lambda. */
        static Node of(DoubleBinaryOperator h) {
            return c -> h.applyAsDouble(c[0], c[1]);
        }
    }

    /** Chooses the function of node {@code index} (0-based) at {@code level} (1 = next to the inputs). */
    @FunctionalInterface
    public interface NodeFactory {
        Node at(int level, int index);
    }

    private final int arity;
    private final int levels;
    private final int n;
    private final Node[][] nodes;
    private final DoubleBinaryOperator[][] binary;
    private final String description;

    private CompositionalTarget(int arity, int levels, Node[][] nodes, DoubleBinaryOperator[][] binary,
                                String description) {
        this.arity = arity;
        this.levels = levels;
        this.n = (int) Math.round(Math.pow(arity, levels));
        this.nodes = nodes;
        this.binary = binary;
        this.description = description;
    }

    /** A builder for an a-ary tree with L levels on a^L variables. */
    public static Builder builder(int arity, int levels) {
        return new Builder(arity, levels);
    }

    /** A binary tree on 2^levels variables whose nodes come from {@code factory} (level, index) → h(a, b). */
    public static CompositionalTarget binary(int levels, java.util.function.BiFunction<Integer, Integer, DoubleBinaryOperator> factory,
                                             String description) {
        Builder b = builder(2, levels).describe(description);
        for (int l = 1; l <= levels; l++) {
            for (int j = 0; j < b.nodeCount(l); j++) {
                b.binaryNode(l, j, factory.apply(l, j));
            }
        }
        return b.build();
    }

    /** The first-layer node of the paper's experiment: 0.59·cos(1.5π(a+b)). */
    public static double cosineNode(double a, double b) {
        return 0.59 * Math.cos(1.5 * Math.PI * (a + b));
    }

    /** The upper-layer node used here: sin(a+b) + (a+b)²/4 − 0.2. */
    public static double upperNode(double a, double b) {
        double s = a + b;
        return Math.sin(s) + 0.25 * s * s - 0.2;
    }

    /** The ReLU node: relu(a+b+0.5) − 0.6·relu(a−b) − 0.5. */
    public static double reluNode(double a, double b) {
        return Math.max(0, a + b + 0.5) - 0.6 * Math.max(0, a - b) - 0.5;
    }

    /** The canonical smooth target on n = 2^levels variables, nodes identical within each level. */
    public static CompositionalTarget canonical(int levels) {
        return binary(levels, (l, j) -> l == 1 ? CompositionalTarget::cosineNode : CompositionalTarget::upperNode,
                "canonical binary tree, n = " + (1 << levels) + ": level 1 h(a,b) = 0.59·cos(1.5π(a+b)), "
                        + "above h(a,b) = sin(a+b) + (a+b)²/4 − 0.2 (identical nodes per level)");
    }

    /** The paper's 8-variable form with the canonical nodes. */
    public static CompositionalTarget canonical() {
        return canonical(3);
    }

    /**
     * Smooth nodes that all differ: level 1 node j is 0.59·cos(π(ω_j a + ν_j b) + φ_j) with
     * ω_j, ν_j, φ_j varying with j; node j above cycles (with j + level) through
     * sin(a+b) + (a+b)²/4 − 0.2, sin(1.3a − 0.8b) + 0.4ab and 0.8·tanh(a + 1.5b) + 0.3(a−b)² − 0.2.
     */
    public static CompositionalTarget distinct(int levels) {
        double[] omega = {1.5, 2.0, 0.8, 1.2, 1.7, 1.0, 2.2, 0.9};
        double[] nu = {1.5, -0.7, 1.9, -1.3, 1.0, -2.0, 0.6, 1.4};
        double[] phi = {0.0, 0.5, 1.1, -0.4, 2.0, -1.2, 0.8, 1.6};
        return binary(levels, (l, j) -> {
            if (l == 1) {
                int k = j % omega.length;
                return (a, b) -> 0.59 * Math.cos(Math.PI * (omega[k] * a + nu[k] * b) + phi[k]);
            }
            return switch ((j + l) % 3) {
                case 0 -> CompositionalTarget::upperNode;
                case 1 -> (a, b) -> Math.sin(1.3 * a - 0.8 * b) + 0.4 * a * b;
                default -> (a, b) -> 0.8 * Math.tanh(a + 1.5 * b) + 0.3 * (a - b) * (a - b) - 0.2;
            };
        }, "distinct-node binary tree, n = " + (1 << levels) + ": every node a different smooth function");
    }

    /** The ReLU target: {@link #reluNode} at every node, exactly a tree ReLU net with 3 units per node. */
    public static CompositionalTarget relu(int levels) {
        return binary(levels, (l, j) -> CompositionalTarget::reluNode,
                "ReLU binary tree, n = " + (1 << levels) + ": h(a,b) = relu(a+b+0.5) − 0.6·relu(a−b) − 0.5 at every node");
    }

    @Override
    public int dimension() {
        return n;
    }

    public int arity() {
        return arity;
    }

    public int levels() {
        return levels;
    }

    /** Nodes in the tree, (n − 1)/(a − 1). */
    public int nodeCount() {
        return (n - 1) / (arity - 1);
    }

    @Override
    public double value(double[] x) {
        if (x.length != n) {
            throw new IllegalArgumentException("x.length = " + x.length + "; accepted: " + n);
        }
        double[] v = Arrays.copyOf(x, n);
        double[] children = new double[arity];
        int width = n;
        for (int l = 0; l < levels; l++) {
            width /= arity;
            for (int j = 0; j < width; j++) {
                if (binary != null) {
                    v[j] = binary[l][j].applyAsDouble(v[2 * j], v[2 * j + 1]);
                } else {
                    System.arraycopy(v, j * arity, children, 0, arity);
                    v[j] = nodes[l][j].apply(children);
                }
            }
        }
        return v[0];
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public String toString() {
        return description;
    }

    /** Builds a tree target; every node must be given (directly, per level, or by a factory). */
    public static final class Builder {
        private final int arity;
        private final int levels;
        private final Node[][] nodes;
        private final DoubleBinaryOperator[][] binary;
        private String description;

        private Builder(int arity, int levels) {
            if (arity < 2) {
                throw new IllegalArgumentException("arity = " + arity + "; accepted: an integer >= 2");
            }
            if (levels < 1 || Math.pow(arity, levels) > 1 << 16) {
                throw new IllegalArgumentException("levels = " + levels + "; accepted: 1 <= levels with arity^levels <= 65536");
            }
            this.arity = arity;
            this.levels = levels;
            nodes = new Node[levels][];
            binary = arity == 2 ? new DoubleBinaryOperator[levels][] : null;
            int width = (int) Math.round(Math.pow(arity, levels));
            for (int l = 0; l < levels; l++) {
                width /= arity;
                nodes[l] = new Node[width];
                if (binary != null) {
                    binary[l] = new DoubleBinaryOperator[width];
                }
            }
            description = String.format(Locale.ROOT, "%d-ary tree with %d levels", arity, levels);
        }

        /** Nodes at {@code level} (1..L). */
        public int nodeCount(int level) {
            checkLevel(level);
            return nodes[level - 1].length;
        }

        /** Sets node {@code index} of {@code level}. */
        public Builder node(int level, int index, Node h) {
            checkNode(level, index);
            nodes[level - 1][index] = h;
            if (binary != null) {
                binary[level - 1][index] = (a, b) -> h.apply(new double[] {a, b});
            }
            return this;
        }

        /** Sets a binary node from a two-argument lambda (arity 2 only; no allocation per call). */
        public Builder binaryNode(int level, int index, DoubleBinaryOperator h) {
            if (binary == null) {
                throw new IllegalArgumentException("binaryNode needs arity 2; this tree has arity " + arity);
            }
            checkNode(level, index);
            binary[level - 1][index] = h;
            nodes[level - 1][index] = Node.of(h);
            return this;
        }

        /** The same function at every node of {@code level}. */
        public Builder level(int level, Node h) {
            for (int j = 0; j < nodeCount(level); j++) {
                node(level, j, h);
            }
            return this;
        }

        /** Every node from a factory. */
        public Builder all(NodeFactory factory) {
            for (int l = 1; l <= levels; l++) {
                for (int j = 0; j < nodeCount(l); j++) {
                    node(l, j, factory.at(l, j));
                }
            }
            return this;
        }

        public Builder describe(String text) {
            this.description = text;
            return this;
        }

        public CompositionalTarget build() {
            for (int l = 0; l < levels; l++) {
                for (int j = 0; j < nodes[l].length; j++) {
                    if (nodes[l][j] == null) {
                        throw new IllegalStateException("node " + j + " of level " + (l + 1) + " is not set");
                    }
                }
            }
            Node[][] n = new Node[levels][];
            DoubleBinaryOperator[][] b = binary == null ? null : new DoubleBinaryOperator[levels][];
            for (int l = 0; l < levels; l++) {
                n[l] = nodes[l].clone();
                if (b != null) {
                    b[l] = binary[l].clone();
                }
            }
            return new CompositionalTarget(arity, levels, n, b, description);
        }

        private void checkLevel(int level) {
            if (level < 1 || level > levels) {
                throw new IllegalArgumentException("level = " + level + "; accepted: 1.." + levels);
            }
        }

        private void checkNode(int level, int index) {
            checkLevel(level);
            if (index < 0 || index >= nodes[level - 1].length) {
                throw new IllegalArgumentException("index = " + index + " at level " + level + "; accepted: 0.."
                        + (nodes[level - 1].length - 1));
            }
        }
    }
}
