package org.theorykit.nn.engine;

import java.util.List;
import java.util.Random;
import org.theorykit.nn.Activation;
import org.theorykit.nn.Loss;
import org.theorykit.nn.Model;
import org.theorykit.nn.ParameterView;
import org.theorykit.nn.TreeNet;

/** {@link TreeBlockEngine}: binary trees with and without weight sharing, a ternary tree, over several chunks of examples. */
class TreeBlockEngineTest extends EngineContract {

    @Override
    List<Case> cases() {
        Random random = new Random(3);
        return List.of(
                new Case("binary", TreeNet.of(2, 3, 5, Activation.sigmoid(), false), Loss.squared(),
                        gaussianData(100, 8, random)),
                new Case("binary shared", TreeNet.of(2, 3, 5, Activation.sigmoid(), true), Loss.squared(),
                        gaussianData(100, 8, random)),
                new Case("ternary", TreeNet.of(3, 2, 4, Activation.relu(), false), Loss.logistic(),
                        signs(gaussianData(50, 9, random))));
    }

    @Override
    BatchEngine batchEngine(Model model, int chunkElements) {
        return blocks((TreeNet) model);
    }

    static TreeBlockEngine blocks(TreeNet tree) {
        return new TreeBlockEngine(tree.inputDimension(), tree.arity(), tree.unitsPerNode(), tree.activation(),
                nodeSlices(tree));
    }

    /** The θ offsets {hidden weights, hidden biases, output weights} of every node, read off the named views. */
    static int[][][] nodeSlices(TreeNet tree) {
        int[][][] slices = new int[tree.levels()][][];
        int nodes = tree.inputDimension();
        boolean shared = tree.parameterViews().stream().noneMatch(v -> v.name().contains(".node"));
        for (int level = 1; level <= tree.levels(); level++) {
            nodes /= tree.arity();
            slices[level - 1] = new int[nodes][];
            for (int node = 0; node < nodes; node++) {
                String name = "level" + level + (shared ? "" : ".node" + node);
                slices[level - 1][node] = new int[] {offset(tree, name + ".hidden.weights"),
                        offset(tree, name + ".hidden.biases"), offset(tree, name + ".output.weights")};
            }
        }
        return slices;
    }

    private static int offset(TreeNet tree, String view) {
        ParameterView v = tree.view(view);
        return v.offset();
    }
}
