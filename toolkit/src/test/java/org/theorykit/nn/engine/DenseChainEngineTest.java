package org.theorykit.nn.engine;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.theorykit.nn.Activation;
import org.theorykit.nn.Dataset;
import org.theorykit.nn.DeepMlp;
import org.theorykit.nn.DenseOp;
import org.theorykit.nn.GenericEngine;
import org.theorykit.nn.LinearModel;
import org.theorykit.nn.Loss;
import org.theorykit.nn.Model;
import org.theorykit.nn.ShallowNet;
import org.theorykit.nn.TreeNet;

/**
 * {@link DenseChainEngine}: MLPs for every activation and loss, multi-output and bias-free shallow nets, a
 * linear model; minibatch gradients and outputs over the data set, across chunk sizes.
 */
class DenseChainEngineTest extends EngineContract {

    static final List<Activation> ACTIVATIONS = List.of(Activation.relu(), Activation.leakyRelu(0.1),
            Activation.softplus(), Activation.tanh(), Activation.sigmoid(), Activation.quadratic(),
            Activation.polynomial(0.1, 1, 0.3));

    @Override
    List<Case> cases() {
        Random random = new Random(6);
        Dataset x = gaussianData(50, 4, random);
        List<Case> cases = new ArrayList<>();
        for (Activation act : ACTIVATIONS) {
            cases.add(new Case("mlp " + act.name() + " squared", DeepMlp.of(new int[] {4, 6, 5, 1}, act), Loss.squared(), x));
            cases.add(new Case("mlp " + act.name() + " logistic", DeepMlp.of(new int[] {4, 6, 5, 1}, act), Loss.logistic(),
                    signs(x)));
            cases.add(new Case("mlp " + act.name() + " hinge", DeepMlp.of(new int[] {4, 6, 5, 1}, act), Loss.hinge(),
                    signs(x)));
            cases.add(new Case("mlp " + act.name() + " softmax", DeepMlp.of(new int[] {4, 6, 5, 3}, act),
                    Loss.softmaxCrossEntropy(), classes(x, 3)));
        }
        Dataset five = classes(gaussianData(40, 5, random), 3);
        cases.add(new Case("shallow 5-8-3", ShallowNet.of(5, 8, 3, Activation.relu()), Loss.softmaxCrossEntropy(), five));
        cases.add(new Case("linear", LinearModel.of(5, 3), Loss.softmaxCrossEntropy(), five));
        cases.add(new Case("bias-free shallow", ShallowNet.biasFree(4, 9, 1, Activation.softplus()), Loss.squared(), x));
        return cases;
    }

    @Override
    BatchEngine batchEngine(Model model, int chunkElements) {
        return new DenseChainEngine(GenericEngine.ops(model), model.inputDimension(), chunkElements);
    }

    @Override
    double[] outputs(Case c, double[] theta, int chunkElements) {
        double[] out = new double[c.data().size() * c.model().outputDimension()];
        assertTrue(batchEngine(c.model(), chunkElements).outputs(theta, c.data(), out), c.name());
        return out;
    }

    /** Outputs after a gradient at another θ: the forward pass loads θ itself, nothing stays from the last call. */
    @Test
    void outputsAfterAGradientAtAnotherTheta() {
        Model mlp = DeepMlp.of(new int[] {4, 6, 5, 3}, Activation.tanh());
        Dataset data = classes(gaussianData(30, 4, new Random(7)), 3);
        double[] first = mlp.initialParameters(1);
        double[] second = mlp.initialParameters(2);
        BatchEngine engine = batchEngine(mlp, 5 * 6);
        int[] all = IntStream.range(0, 30).toArray();
        engine.lossAndGradient(first, Loss.softmaxCrossEntropy(), data, all, 0, 30, new double[first.length]);
        double[] out = new double[30 * 3];
        engine.outputs(second, data, out);
        assertClose(GenericEngine.outputs(mlp, second, data), out, 1e-12, "reused engine");
    }

    /** One row per chunk, five rows per chunk, and the production size. */
    @Override
    int[] chunkSizes(Model model) {
        int widest = model.inputDimension();
        for (DenseOp op : GenericEngine.ops(model)) {
            widest = Math.max(widest, op.outDim());
        }
        return new int[] {widest, 5 * widest, Engines.CHUNK_ELEMENTS};
    }

    @Test
    void onlyChainsOfDenseLayersAreChains() {
        assertTrue(DenseChainEngine.isChain(GenericEngine.ops(DeepMlp.of(new int[] {4, 6, 1}, Activation.relu())), 4));
        assertFalse(DenseChainEngine.isChain(GenericEngine.ops(TreeNet.binary(2, 3, Activation.relu())), 4));
    }
}
