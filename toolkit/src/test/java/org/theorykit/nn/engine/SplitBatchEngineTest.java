package org.theorykit.nn.engine;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.theorykit.nn.Activation;
import org.theorykit.nn.Loss;
import org.theorykit.nn.Model;
import org.theorykit.nn.TreeNet;

/** {@link SplitBatchEngine} over two tree-block engines, with batches large enough to be split between the threads. */
class SplitBatchEngineTest extends EngineContract {

    private static final TreeNet TREE = TreeNet.of(2, 3, 50, Activation.tanh(), false);

    @Override
    List<Case> cases() {
        Random random = new Random(13);
        return List.of(new Case("binary, 50 units a node", TREE, Loss.squared(), gaussianData(100, 8, random)));
    }

    @Test
    void theLongBatchIsSplit() {
        assertTrue((2L * 100 + 1) * TREE.parameterCount() >= Engines.SPLIT_MIN_WORK);
    }

    @Override
    BatchEngine batchEngine(Model model, int chunkElements) {
        TreeNet tree = (TreeNet) model;
        return new SplitBatchEngine(TreeBlockEngineTest.blocks(tree), TreeBlockEngineTest.blocks(tree),
                tree.parameterCount());
    }
}
