package org.theorykit.nn;

import org.theorykit.Arguments;
import org.theorykit.nn.engine.BatchEngine;
import org.theorykit.nn.engine.Engines;

/**
 * The deep locally connected tree network of Poggio et al. 2017 (arXiv:1611.00740, §3, Fig. 1):
 * n = a^L inputs; each node of the a-ary tree is a shallow net of a inputs and m units,
 * u ↦ Σ_{k≤m} c_k σ(⟨w_k, u⟩ + b_k), without output bias; level 1 nodes read a consecutive inputs,
 * a node at level l+1 reads the outputs of its a children, the root gives f(x) ∈ R.
 *
 * <p>Parameters: (a+2)m per node. Without weight sharing, p = (a+2)·m·(n−1)/(a−1) for the
 * (n−1)/(a−1) nodes; for the binary tree that is 4m(n−1) = 4N with N = m(n−1) units in total, the
 * paper's count. With weight sharing per level all nodes of a level use one set, p = (a+2)·m·L.
 *
 * <p>θ layout, level by level, node by node: "levelL.nodeJ.hidden.weights" (m × a),
 * ".hidden.biases" (m), ".output.weights" (1 × m); with sharing the names are "levelL.hidden…".
 *
 * <p>{@link #biasFree} drops the ".hidden.biases": every node u ↦ Σ_k c_k σ(⟨w_k, u⟩) is then positively
 * homogeneous, and for ReLU the tree of L levels is positively homogeneous of degree 2L in θ
 * (f(cθ) = c^{2L} f(θ), c &gt; 0), the setting of Lyu &amp; Li 2020 (arXiv:1906.05890).
 */
public final class TreeNet extends Model {

    private final int arity;
    private final int levels;
    private final int unitsPerNode;
    private final Activation activation;
    private final boolean hiddenBiases;
    /** nodeSlices[l][j] = {hidden weights, hidden biases, output weights} offsets of node j at level l + 1. */
    private final int[][][] nodeSlices;

    private TreeNet(GraphBuilder graph, int outputUnit, int arity, int levels, int unitsPerNode,
                    Activation activation, boolean hiddenBiases, int[][][] nodeSlices) {
        super(graph, outputUnit, 1);
        this.activation = activation;
        this.hiddenBiases = hiddenBiases;
        this.nodeSlices = nodeSlices;
        this.arity = arity;
        this.levels = levels;
        this.unitsPerNode = unitsPerNode;
    }

    /** The binary tree (a = 2) on n = 2^levels inputs without weight sharing. */
    public static TreeNet binary(int levels, int unitsPerNode, Activation activation) {
        return of(2, levels, unitsPerNode, activation, false);
    }

    /** An a-ary tree with {@code levels} levels on a^levels inputs, m units per node. */
    public static TreeNet of(int arity, int levels, int unitsPerNode, Activation activation, boolean sharePerLevel) {
        return build(arity, levels, unitsPerNode, activation, sharePerLevel, true);
    }

    /** {@link #of} without hidden biases (see the class comment). */
    public static TreeNet biasFree(int arity, int levels, int unitsPerNode, Activation activation, boolean sharePerLevel) {
        return build(arity, levels, unitsPerNode, activation, sharePerLevel, false);
    }

    private static TreeNet build(int arity, int levels, int unitsPerNode, Activation activation, boolean sharePerLevel,
                                 boolean biases) {
        if (arity < 2) {
            throw new IllegalArgumentException("arity = " + arity + "; accepted: an integer >= 2");
        }
        Arguments.positive("levels", levels);
        Arguments.positive("unitsPerNode", unitsPerNode);
        if (activation == null) {
            throw new IllegalArgumentException("activation = null; accepted: an Activation");
        }
        double inputs = Math.pow(arity, levels);
        if (inputs > 1 << 20) {
            throw new IllegalArgumentException("arity^levels = " + inputs + "; accepted: at most 2^20 inputs");
        }
        int m = unitsPerNode;
        GraphBuilder g = new GraphBuilder((int) inputs);
        int previousFirst = 0;
        int nodes = (int) inputs;
        int[][][] nodeSlices = new int[levels][][];
        for (int level = 1; level <= levels; level++) {
            nodes /= arity;
            nodeSlices[level - 1] = new int[nodes][];
            int hiddenFirst = g.units(nodes * m);
            int outputFirst = g.units(nodes);
            GraphBuilder.Slices hidden = null;
            GraphBuilder.Slices output = null;
            for (int node = 0; node < nodes; node++) {
                if (!sharePerLevel || node == 0) {
                    String name = "level" + level + (sharePerLevel ? "" : ".node" + node);
                    hidden = g.slices(name + ".hidden", arity, m, biases);
                    output = g.slices(name + ".output", m, 1, false);
                }
                nodeSlices[level - 1][node] = new int[] {hidden.weightOffset(), hidden.biasOffset(),
                        output.weightOffset()};
                g.dense(hidden, previousFirst + node * arity, hiddenFirst + node * m, activation, 2.0);
                g.dense(output, hiddenFirst + node * m, outputFirst + node, null, 1.0);
            }
            previousFirst = outputFirst;
        }
        return new TreeNet(g, previousFirst, arity, levels, unitsPerNode, activation, biases, nodeSlices);
    }

    /** {@link Engines#tree}: the nodes as vectorized shallow blocks (with hidden biases). */
    @Override
    BatchEngine newBatchEngine() {
        return Engines.tree(inputDimension(), arity, unitsPerNode, activation, hiddenBiases, nodeSlices, parameterCount());
    }

    public int arity() {
        return arity;
    }

    public int levels() {
        return levels;
    }

    public int unitsPerNode() {
        return unitsPerNode;
    }

    public Activation activation() {
        return activation;
    }

    /** False for {@link #biasFree} trees. */
    public boolean hasHiddenBiases() {
        return hiddenBiases;
    }
}
