package org.theorykit.nn.engine;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.theorykit.nn.Activation;
import org.theorykit.nn.Dataset;
import org.theorykit.nn.GenericEngine;
import org.theorykit.nn.Loss;
import org.theorykit.nn.ShallowNet;
import org.theorykit.nn.TreeNet;

/** Which engine the factory picks, at both sides of each named threshold. */
class EnginesTest {

    private static BatchEngine shallow(int inputs, int hidden, int outputs, Activation act, boolean biases) {
        ShallowNet net = biases ? ShallowNet.of(inputs, hidden, outputs, act) : ShallowNet.biasFree(inputs, hidden, outputs, act);
        return GenericEngine.chosenEngine(net);
    }

    @Test
    void shallowNetsGetTheVectorEngineOnlyForOneOutputFewInputsAndReluWithBiases() {
        Engines.BySize bySize = assertInstanceOf(Engines.BySize.class, shallow(Engines.VECTOR_MAX_INPUTS, 20, 1,
                Activation.relu(), true));
        assertInstanceOf(VectorShallowEngine.class, bySize.small());
        assertInstanceOf(BlasShallowEngine.class, bySize.large());
        assertInstanceOf(Engines.BySize.class, shallow(2, 20, 1, Activation.leakyRelu(0.01), true));
        assertInstanceOf(BlasShallowEngine.class, shallow(Engines.VECTOR_MAX_INPUTS + 1, 20, 1, Activation.relu(), true));
        assertInstanceOf(BlasShallowEngine.class, shallow(8, 20, 1, Activation.tanh(), true));
        assertInstanceOf(DenseChainEngine.class, shallow(8, 20, 2, Activation.relu(), true));
        assertInstanceOf(DenseChainEngine.class, shallow(8, 20, 1, Activation.relu(), false));
        assertInstanceOf(SplitBatchEngine.class, GenericEngine.chosenEngine(TreeNet.binary(2, 3, Activation.relu())));
    }

    @Test
    void theVectorApiSwitchSendsReluNetsToBlas() {
        String previous = System.setProperty(VectorApi.SWITCH, "false");
        try {
            assertInstanceOf(BlasShallowEngine.class, shallow(8, 20, 1, Activation.relu(), true));
        } finally {
            System.clearProperty(VectorApi.SWITCH);
        }
        assertNull(previous);
    }

    @Test
    void smallBatchesStayOnTheGenericEngine() {
        assertFalse(Engines.worthBatchEngine(1, (int) Engines.BATCH_MIN_WORK - 1));
        assertTrue(Engines.worthBatchEngine(1, (int) Engines.BATCH_MIN_WORK));
        assertTrue(Engines.worthBatchEngine(64, (int) Engines.BATCH_MIN_WORK / 64));
    }

    @Test
    void theBlasHessianIsUsedUpToItsCacheLimit() {
        Dataset two = new Dataset(new double[] {1, 2, 3, 4}, new double[] {1, -1}, 2, 2, 1);
        double[] theta = ShallowNet.of(2, 5, 1, Activation.relu()).initialParameters(1);
        assertNotNull(Engines.shallowHessian(theta, 5, 1, Activation.relu(), true, Loss.squared(), two));
        assertNull(Engines.shallowHessian(theta, 5, 2, Activation.relu(), true, Loss.squared(), two));
        assertNull(Engines.shallowHessian(theta, 5, 1, Activation.relu(), false, Loss.squared(), two));
        int tooWide = (int) (Engines.HESSIAN_MAX_CACHED_ELEMENTS / 2) + 1;
        assertNull(Engines.shallowHessian(theta, tooWide, 1, Activation.relu(), true, Loss.squared(), two));
    }

    @Test
    void outputsTakeTheGemmFromTheirThreshold() {
        Random random = new Random(1);
        int inputs = 4, hidden = 16;
        int parameters = (inputs + 2) * hidden;
        int below = (int) (Engines.OUTPUTS_GEMM_MIN_WORK / parameters);
        for (int n : new int[] {below, below + 1}) {
            Dataset data = new Dataset(random.doubles(n * inputs).toArray(), new double[n], n, inputs, 1);
            double[] theta = ShallowNet.of(inputs, hidden, 1, Activation.relu()).initialParameters(2);
            boolean gemm = Engines.shallowOutputs(theta, inputs, hidden, 1, Activation.relu(), true, data, new double[n]);
            assertTrue(gemm == ((long) n * parameters >= Engines.OUTPUTS_GEMM_MIN_WORK), "n = " + n);
        }
        assertFalse(Engines.shallowOutputs(new double[0], 4, 16, 1, Activation.relu(), false,
                new Dataset(new double[4 * 2000], new double[2000], 2000, 4, 1), new double[2000]));
    }
}
