package org.theorykit.nn.engine;

import java.util.Arrays;
import org.theorykit.nn.Activation;
import org.theorykit.nn.Dataset;
import org.theorykit.nn.Loss;

/**
 * Minibatch loss and gradient of a {@code TreeNet} (arity a, L levels) as a tree of
 * {@link ShallowBlock}s. Examples are processed
 * in chunks of {@link ShallowBlock#CHUNK}, level by level, every block vectorized over its hidden units.
 * Holds all scratch memory; one instance per thread.
 */
final class TreeBlockEngine implements BatchEngine {

    private final int inputs;
    private final int arity;
    private final ShallowBlock[][] blocks;
    private final double[][] values;
    private final double[][] adjoints;
    private final int[] examples = new int[ShallowBlock.CHUNK];
    private final double[] f = new double[1];
    private final double[] g = new double[1];

    /**
     * nodeSlices[l][j] = {hidden weights, hidden biases, output weights} offsets in θ of node j at level
     * l + 1 (each node: m units, a inputs); level l + 1 has inputs / arity^(l+1) nodes.
     */
    TreeBlockEngine(int inputs, int arity, int unitsPerNode, Activation activation, int[][][] nodeSlices) {
        this.inputs = inputs;
        this.arity = arity;
        this.blocks = new ShallowBlock[nodeSlices.length][];
        for (int l = 0; l < nodeSlices.length; l++) {
            blocks[l] = new ShallowBlock[nodeSlices[l].length];
            for (int j = 0; j < blocks[l].length; j++) {
                int[] s = nodeSlices[l][j];
                blocks[l][j] = new ShallowBlock(arity, unitsPerNode, s[0], s[1], s[2], activation);
            }
        }
        this.values = new double[blocks.length + 1][];
        this.adjoints = new double[blocks.length + 1][];
        values[0] = new double[ShallowBlock.CHUNK * inputs];
        for (int l = 1; l <= blocks.length; l++) {
            values[l] = new double[ShallowBlock.CHUNK * blocks[l - 1].length];
            adjoints[l] = new double[ShallowBlock.CHUNK * blocks[l - 1].length];
        }
    }

    @Override
    public double lossAndGradient(double[] theta, Loss loss, Dataset data, int[] batch, int from, int to,
                                  double[] grad) {
        Arrays.fill(grad, 0.0);
        for (ShallowBlock[] level : blocks) {
            for (ShallowBlock block : level) {
                block.prepare(theta);
            }
        }
        double scale = 1.0 / (to - from);
        double sum = 0;
        int top = blocks.length;
        for (int start = from; start < to; start += ShallowBlock.CHUNK) {
            int count = Math.min(ShallowBlock.CHUNK, to - start);
            for (int i = 0; i < count; i++) {
                examples[i] = data.example(batch, start + i);
                System.arraycopy(data.x(), examples[i] * inputs, values[0], i * inputs, inputs);
            }
            int width = inputs;
            for (int l = 1; l <= top; l++) {
                ShallowBlock[] level = blocks[l - 1];
                for (int j = 0; j < level.length; j++) {
                    level[j].forward(values[l - 1], width, j * arity, values[l], level.length, j, count);
                }
                width = level.length;
            }
            for (int i = 0; i < count; i++) {
                f[0] = values[top][i];
                sum += loss.gradient(f, 1, data.y(), examples[i] * data.targetDimension(), g);
                adjoints[top][i] = g[0] * scale;
            }
            for (int l = top; l >= 1; l--) {
                ShallowBlock[] level = blocks[l - 1];
                int below = l == 1 ? inputs : blocks[l - 2].length;
                for (int j = 0; j < level.length; j++) {
                    level[j].backward(adjoints[l], level.length, j, values[l - 1], below, j * arity,
                            l == 1 ? null : adjoints[l - 1], count);
                }
            }
        }
        for (ShallowBlock[] level : blocks) {
            for (ShallowBlock block : level) {
                block.finish(grad);
            }
        }
        return sum * scale;
    }
}
