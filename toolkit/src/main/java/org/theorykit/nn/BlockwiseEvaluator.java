package org.theorykit.nn;

import java.util.Arrays;

/**
 * Minibatch loss and gradient of a {@link TreeNet} (arity a, L levels) as a tree of
 * {@link ShallowBlock}s. Examples are processed
 * in chunks of {@link ShallowBlock#CHUNK}, level by level, every block vectorized over its hidden units.
 * Holds all scratch memory; one instance per thread.
 */
final class BlockwiseEvaluator {

    private final int inputs;
    private final int arity;
    private final ShallowBlock[][] blocks;
    private final double[][] values;
    private final double[][] adjoints;
    private final int[] examples = new int[ShallowBlock.CHUNK];
    private final double[] f = new double[1];
    private final double[] g = new double[1];

    /** blocks[l][j] is node j of level l + 1; level l + 1 has inputs / arity^(l+1) nodes. */
    BlockwiseEvaluator(int inputs, int arity, ShallowBlock[][] blocks) {
        this.inputs = inputs;
        this.arity = arity;
        this.blocks = blocks;
        this.values = new double[blocks.length + 1][];
        this.adjoints = new double[blocks.length + 1][];
        values[0] = new double[ShallowBlock.CHUNK * inputs];
        for (int l = 1; l <= blocks.length; l++) {
            values[l] = new double[ShallowBlock.CHUNK * blocks[l - 1].length];
            adjoints[l] = new double[ShallowBlock.CHUNK * blocks[l - 1].length];
        }
    }

    double lossAndGradient(double[] theta, Loss loss, Dataset data, int[] batch, int from, int to, double[] grad) {
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
                examples[i] = Model.exampleIndex(batch, start + i, data);
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
