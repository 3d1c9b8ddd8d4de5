package org.theorykit.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The specialized batch paths (BLAS for the shallow net, vectorized blocks for the tree) against the
 * generic per-example engine, with batches that span several chunks and shuffled, repeated indices.
 */
class BatchPathTest {

    private static Dataset data(int size, int inputs, Random random) {
        double[] x = new double[size * inputs];
        double[] y = new double[size];
        for (int i = 0; i < x.length; i++) {
            x[i] = random.nextGaussian();
        }
        for (int i = 0; i < size; i++) {
            y[i] = random.nextGaussian();
        }
        return new Dataset(x, y, size, inputs, 1);
    }

    private static int[] batch(int length, int size, Random random) {
        int[] batch = new int[length];
        for (int i = 0; i < length; i++) {
            batch[i] = random.nextInt(size);
        }
        return batch;
    }

    private static void assertClose(double[] expected, double[] actual) {
        double scale = 0;
        for (double e : expected) {
            scale = Math.max(scale, Math.abs(e));
        }
        for (int k = 0; k < expected.length; k++) {
            assertEquals(expected[k], actual[k], 1e-12 * scale, "component " + k);
        }
    }

    private static void compareGradients(Model model, Loss loss, Dataset data, Model.BatchKernel kernel, int[] batch,
                                         int from, int to) {
        double[] theta = model.initialParameters(4);
        for (int k = 0; k < theta.length; k++) {
            theta[k] += 0.1 * Math.sin(k);
        }
        double[] expected = new double[theta.length];
        double[] actual = new double[theta.length];
        double expectedLoss = model.lossAndGradient(theta, loss, data, batch, from, to, expected,
                model.newGenericWorkspace());
        double actualLoss = kernel.lossAndGradient(theta, loss, data, batch, from, to, actual);
        assertEquals(expectedLoss, actualLoss, 1e-12 * Math.abs(expectedLoss));
        assertClose(expected, actual);
    }

    /** Every activation × loss, so the kernels inherit the finite-difference checks of the generic engine. */
    @Test
    void everyKernelMatchesGenericEngineForEveryActivationAndLoss() {
        Random random = new Random(6);
        Dataset x = data(50, 4, random);
        double[] signs = new double[50];
        double[] classes = new double[50];
        for (int i = 0; i < 50; i++) {
            signs[i] = i % 2 == 0 ? 1 : -1;
            classes[i] = i % 3;
        }
        int[] batch = batch(140, 50, random);
        for (Activation act : List.of(Activation.relu(), Activation.leakyRelu(0.1), Activation.softplus(),
                Activation.tanh(), Activation.sigmoid(), Activation.quadratic(), Activation.polynomial(0.1, 1, 0.3))) {
            for (Loss loss : List.of(Loss.squared(), Loss.logistic(), Loss.hinge(), Loss.softmaxCrossEntropy())) {
                boolean multi = loss.name().startsWith("softmax");
                Dataset data = new Dataset(x.x(), loss.name().equals("squared") ? x.y() : multi ? classes : signs,
                        50, 4, 1);
                int q = multi ? 3 : 1;
                DeepMlp mlp = DeepMlp.of(new int[] {4, 6, 5, q}, act);
                compareGradients(mlp, loss, data, new DenseChainKernel(mlp.ops(), 4, 6 * 7), batch, 0, 140);
                if (!multi) {
                    ShallowNet net = ShallowNet.of(4, 9, 1, act);
                    compareGradients(net, loss, data, new BlasShallowKernel(4, 9, act, 9 * 11), batch, 0, 140);
                    TreeNet tree = TreeNet.binary(2, 3, act);
                    compareGradients(tree, loss, data, tree.newBatchKernel(), batch, 0, 140);
                    double[] theta = net.initialParameters(3);
                    double[] v = random.doubles(theta.length).toArray();
                    double[] expected = new double[theta.length];
                    net.hessianVector(theta, v, loss, data, expected, net.newGenericWorkspace());
                    double[] actual = new double[theta.length];
                    new BlasShallowHessian(theta, 9, act, loss, data, 9 * 7).apply(v, actual);
                    assertClose(expected, actual);
                }
            }
        }
    }

    /**
     * The Java forward pass (few inputs) works in blocks of BLOCK examples and tiles of TILE units: batch
     * sizes around and below the block (64 + 3: a ragged last block), a ragged last tile (hidden = TILE + 44)
     * and a hidden layer smaller than one tile, input counts that are padded to a multiple of four and the
     * largest that takes this path, for several activations.
     */
    @Test
    void javaForwardBlocksAndTilesMatchGenericEngine() {
        Random random = new Random(11);
        for (int hidden : new int[] {BlasShallowKernel.TILE + 44, 37}) {
            for (int inputs : new int[] {8, 6, 13, BlasShallowKernel.JAVA_FORWARD_MAX_INPUTS}) {
                Dataset data = data(90, inputs, random);
                for (Activation act : List.of(Activation.relu(), Activation.leakyRelu(0.2), Activation.tanh(),
                        Activation.softplus())) {
                    ShallowNet net = ShallowNet.of(inputs, hidden, 1, act);
                    BlasShallowKernel kernel = new BlasShallowKernel(inputs, hidden, act,
                            BlasShallowKernel.CHUNK_ELEMENTS);
                    for (int size : new int[] {1, 3, 4, 5, 64, 67}) {
                        compareGradients(net, Loss.squared(), data, kernel, batch(size + 2, 90, random), 1, size + 1);
                    }
                }
            }
        }
    }

    /**
     * The Vector API kernel: inputs padded to MAX_INPUTS (1, 3, 8), hidden sizes that do and do not fill the
     * last vector of lanes (5, 37, 1000), batches within one chunk and across chunks (CHUNK_ROWS + 3), ReLU
     * and leaky ReLU with slopes below 0, in (0, 1) and above 1 (σ is a blend, not a max), two losses.
     */
    @Test
    void vectorKernelMatchesGenericEngine() {
        assertTrue(VectorApi.available(), "the tests run with --add-modules jdk.incubator.vector");
        Random random = new Random(12);
        for (int inputs : new int[] {1, 3, VectorShallowKernel.MAX_INPUTS}) {
            Dataset data = data(300, inputs, random);
            double[] signs = new double[300];
            for (int i = 0; i < signs.length; i++) {
                signs[i] = random.nextBoolean() ? 1 : -1;
            }
            Dataset labelled = new Dataset(data.x(), signs, 300, inputs, 1);
            for (int hidden : new int[] {5, 37, 1000}) {
                for (Activation act : List.of(Activation.relu(), Activation.leakyRelu(0.2), Activation.leakyRelu(-0.5),
                        Activation.leakyRelu(1.5))) {
                    ShallowNet net = ShallowNet.of(inputs, hidden, 1, act);
                    Model.BatchKernel kernel = VectorShallowKernel.create(inputs, hidden, (LeakyRelu) act,
                            new BlasShallowKernel(inputs, hidden, act, BlasShallowKernel.CHUNK_ELEMENTS));
                    for (int size : new int[] {1, 7, 64, VectorShallowKernel.CHUNK_ROWS + 3}) {
                        compareGradients(net, Loss.squared(), data, kernel, batch(size + 2, 300, random), 1, size + 1);
                        compareGradients(net, Loss.logistic(), labelled, kernel, batch(size, 300, random), 0, size);
                    }
                }
            }
        }
    }

    /** Which kernel a shallow net picks: the vector kernel only for one output, few inputs and (leaky) ReLU. */
    @Test
    void shallowNetUsesVectorKernelWhereItApplies() {
        assertTrue(ShallowNet.of(8, 20, 1, Activation.relu()).newBatchKernel() instanceof VectorShallowKernel);
        assertTrue(ShallowNet.of(2, 20, 1, Activation.leakyRelu(0.01)).newBatchKernel() instanceof VectorShallowKernel);
        assertTrue(ShallowNet.of(9, 20, 1, Activation.relu()).newBatchKernel() instanceof BlasShallowKernel);
        assertTrue(ShallowNet.of(8, 20, 1, Activation.tanh()).newBatchKernel() instanceof BlasShallowKernel);
        assertTrue(ShallowNet.of(8, 20, 2, Activation.relu()).newBatchKernel() instanceof DenseChainKernel);
        String previous = System.setProperty(VectorApi.SWITCH, "false");
        try {
            assertTrue(ShallowNet.of(8, 20, 1, Activation.relu()).newBatchKernel() instanceof BlasShallowKernel);
        } finally {
            System.clearProperty(VectorApi.SWITCH);
        }
        assertTrue(previous == null);
    }

    @Test
    void blasShallowGradientMatchesGenericEngineAcrossChunks() {
        Random random = new Random(1);
        ShallowNet net = ShallowNet.of(5, 7, 1, Activation.tanh());
        Dataset data = data(40, 5, random);
        int[] batch = batch(100, 40, random);
        for (int chunkElements : new int[] {7, 3 * 7, BlasShallowKernel.CHUNK_ELEMENTS}) {
            BlasShallowKernel kernel = new BlasShallowKernel(5, 7, Activation.tanh(), chunkElements);
            compareGradients(net, Loss.squared(), data, kernel, batch, 3, 97);
        }
    }

    /** Above JAVA_FORWARD_MAX_INPUTS inputs the forward pass is a GEMM also on one thread. */
    @Test
    void blasShallowGradientWithGemmForwardMatchesGenericEngine() {
        Random random = new Random(7);
        int inputs = BlasShallowKernel.JAVA_FORWARD_MAX_INPUTS + 3;
        ShallowNet net = ShallowNet.of(inputs, 9, 1, Activation.softplus());
        Dataset data = data(40, inputs, random);
        int[] batch = batch(60, 40, random);
        for (int chunkElements : new int[] {9, 5 * 9, BlasShallowKernel.CHUNK_ELEMENTS}) {
            BlasShallowKernel kernel = new BlasShallowKernel(inputs, 9, Activation.softplus(), chunkElements);
            compareGradients(net, Loss.squared(), data, kernel, batch, 1, 59);
        }
    }

    @Test
    void blasShallowPathsSplitRowsBetweenTwoThreadsCorrectly() {
        Random random = new Random(4);
        int hidden = 1000;
        ShallowNet net = ShallowNet.of(3, hidden, 1, Activation.relu());
        Dataset data = data(150, 3, random);
        int[] batch = batch(150, 150, random);
        assertTrue(150 * hidden >= BlasShallowKernel.PARALLEL_ELEMENTS);
        compareGradients(net, Loss.squared(), data, net.newBatchKernel(), batch, 0, 150);
        double[] theta = net.initialParameters(2);
        double[] v = random.doubles(theta.length).toArray();
        double[] expected = new double[theta.length];
        net.hessianVector(theta, v, Loss.squared(), data, expected, net.newGenericWorkspace());
        double[] actual = new double[theta.length];
        net.hessianAt(theta, Loss.squared(), data).apply(v, actual);
        assertClose(expected, actual);
    }

    @Test
    void blasShallowHessianMatchesGenericEngineAcrossChunks() {
        Random random = new Random(2);
        ShallowNet net = ShallowNet.of(4, 6, 1, Activation.softplus());
        Dataset data = data(30, 4, random);
        double[] theta = net.initialParameters(8);
        double[] v = random.doubles(theta.length).toArray();
        double[] expected = new double[theta.length];
        net.hessianVector(theta, v, Loss.squared(), data, expected, net.newGenericWorkspace());
        for (int chunkElements : new int[] {6, 4 * 6, BlasShallowKernel.CHUNK_ELEMENTS}) {
            double[] actual = new double[theta.length];
            new BlasShallowHessian(theta, 6, Activation.softplus(), Loss.squared(), data, chunkElements).apply(v, actual);
            assertClose(expected, actual);
        }
    }

    @Test
    void denseChainMatchesGenericEngineAcrossChunks() {
        Random random = new Random(5);
        Dataset data = data(40, 5, random);
        double[] classes = new double[40];
        for (int i = 0; i < classes.length; i++) {
            classes[i] = i % 3;
        }
        Dataset labelled = new Dataset(data.x(), classes, 40, 5, 1);
        int[] batch = batch(90, 40, random);
        List<Model> models = List.of(DeepMlp.of(new int[] {5, 7, 6, 3}, Activation.tanh()),
                ShallowNet.of(5, 8, 3, Activation.relu()), RandomFeatures.fourier(5, 9, 3, 1.0, 2),
                LinearModel.of(5, 3));
        for (Model model : models) {
            assertTrue(DenseChainKernel.isChain(model.ops(), 5));
            for (int chunkElements : new int[] {9, 5 * 9, BlasShallowKernel.CHUNK_ELEMENTS}) {
                DenseChainKernel kernel = new DenseChainKernel(model.ops(), 5, chunkElements);
                compareGradients(model, Loss.softmaxCrossEntropy(), labelled, kernel, batch, 2, 89);
            }
        }
        assertFalse(DenseChainKernel.isChain(TreeNet.binary(2, 3, Activation.relu()).ops(), 4));
    }

    @Test
    void treeBlocksMatchGenericEngineOverSeveralChunks() {
        Random random = new Random(3);
        for (boolean shared : new boolean[] {false, true}) {
            TreeNet tree = TreeNet.of(2, 3, 5, Activation.sigmoid(), shared);
            Dataset data = data(200, 8, random);
            int[] batch = batch(3 * ShallowBlock.CHUNK + 5, 200, random);
            compareGradients(tree, Loss.squared(), data, tree.newBatchKernel(), batch, 1, batch.length);
        }
        TreeNet ternary = TreeNet.of(3, 2, 4, Activation.relu(), false);
        Dataset data = data(50, 9, random);
        compareGradients(ternary, Loss.squared(), data, ternary.newBatchKernel(), batch(70, 50, random), 0, 70);
    }

    @Test
    void shallowOutputsByGemmEqualTheFormulaAcrossChunksAndOutputs() {
        Random random = new Random(12);
        for (int[] shape : new int[][] {{7, 3000, 1, 200}, {5, 40, 3, 1000}, {3, 4, 2, 5}}) {
            int inputs = shape[0], hidden = shape[1], outputs = shape[2], n = shape[3];
            for (Activation activation : List.of(Activation.relu(), Activation.tanh())) {
                ShallowNet net = ShallowNet.of(inputs, hidden, outputs, activation);
                double[] theta = net.initialParameters(random.nextLong());
                double[] x = new double[n * inputs];
                for (int i = 0; i < x.length; i++) {
                    x[i] = random.nextGaussian();
                }
                Dataset data = new Dataset(x, new double[n * outputs], n, inputs, outputs);
                double[] actual = new SupervisedObjective(net, Loss.squared(), data).outputs(theta);
                double[] expected = new double[n * outputs];
                for (int i = 0; i < n; i++) {
                    for (int j = 0; j < hidden; j++) {
                        double z = theta[hidden * inputs + j];
                        for (int k = 0; k < inputs; k++) {
                            z += theta[j * inputs + k] * x[i * inputs + k];
                        }
                        for (int o = 0; o < outputs; o++) {
                            expected[i * outputs + o] += theta[hidden * inputs + hidden + o * hidden + j] * activation.value(z);
                        }
                    }
                }
                assertClose(expected, actual);
            }
        }
    }
}
