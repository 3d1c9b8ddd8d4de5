package org.theorykit.nn.engine;

import java.util.Arrays;
import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;
import org.theorykit.nn.Dataset;
import org.theorykit.nn.LeakyRelu;
import org.theorykit.nn.Loss;

/**
 * Minibatch loss and gradient of a {@code ShallowNet} with one output, f(x) = Σ_k a_k σ(⟨w_k, x⟩ + b_k),
 * for a (leaky) ReLU σ and at most {@link #MAX_INPUTS} inputs, written with the JDK Vector API
 * (jdk.incubator.vector; {@link VectorApi}) — the small-batch, few-input case of Poggio et al.'s shallow
 * nets and of benchmark workload A. ∇W included, everything stays in registers and L1/L2: no BLAS call
 * and no copy to direct memory.
 *
 * <p>The units are taken one vector of lanes (a tile: 8 units with AVX-512, 4 with AVX2) at a time; the
 * inputs are padded to {@link #MAX_INPUTS} with zeros, so the eight weight vectors of a tile are named
 * locals, held in registers:
 * <ul>
 * <li>forward, two tiles at a time: for every example z = b + Σ_j x_j w_j (eight fused multiply-adds
 * per tile against the broadcast inputs, each broadcast shared by the two tiles), z kept for the
 * backward pass, and a⊙σ(z) added to that example's vector of partial outputs; f = the sum of its lanes;</li>
 * <li>backward, per tile: the eight rows of ∇Wᵀ, ∇b and ∇a accumulate in registers over all examples
 * of the chunk (see {@link #backward}).</li>
 * </ul>
 * W is transposed in and ∇W out by gathers (no scatters: AVX2 has none).
 *
 * <p>On workload A (batch 64, 8→1000→1 ReLU) it takes less than half the time of
 * {@link BlasShallowEngine} per step with 512-bit vectors and still beats the plain-Java path with
 * 256-bit ones; the time per pass and the variants tried (two tiles in the backward pass too,
 * pre-broadcast inputs, one tile forward, scatters for ∇W) are in toolkit/bench/README.md, "Compute
 * engines".
 *
 * <p>It serves any batch size; {@link Engines} sends batches with rows × hidden ≥
 * {@link Engines#PARALLEL_ELEMENTS} to {@link BlasShallowEngine} instead (two threads and GEMMs). One
 * instance per thread.
 */
final class VectorShallowEngine implements BatchEngine {

    /** Inputs are padded to this many: the weight vectors of a tile are this many named locals (registers). */
    static final int MAX_INPUTS = Engines.VECTOR_MAX_INPUTS;
    /** Rows per chunk at most: the chunk's pre-activations (rows × hidden) stay in L2 between the two passes. */
    static final int CHUNK_ROWS = 128;

    private static final VectorSpecies<Double> SPECIES = DoubleVector.SPECIES_PREFERRED;
    private static final int LANES = SPECIES.length();
    /** The forward pass takes two tiles at a time, so every broadcast input feeds two multiply-adds. */
    private static final int PAIR = 2 * LANES;

    private final int inputs;
    private final int hidden;
    /** hidden rounded up to a multiple of PAIR; the extra units have w = b = a = 0 and are never read back. */
    private final int padded;
    /** CHUNK_ROWS, or fewer for wide nets: {@link Engines} sends larger batches to the BLAS engine anyway. */
    private final int chunkRows;
    private final double slope;
    private final boolean steep;
    /** weights[j·padded + k] = W[k][j] for j < inputs; rows inputs … MAX_INPUTS−1 stay zero. */
    private final double[] weights;
    private final double[] bias;
    private final double[] outputWeights;
    /** The chunk's inputs, MAX_INPUTS per row (zero padded), their example indices, pre-activations z. */
    private final double[] x;
    private final int[] examples;
    private final double[] preActivations;
    private final double[] partialOutputs;
    private final double[] deltas;
    private final double[] weightGradient;
    private final double[] biasGradient;
    private final double[] outputGradient;
    /** unitStride[l] = l·inputs: the offsets in θ of one input's weights for LANES consecutive units. */
    private final int[] unitStride = new int[LANES];
    /** transposed[k·inputs + j] = j·padded + k: where θ's weight (unit k, input j) sits in weights. */
    private final int[] transposed;
    private final double[] output = new double[1];
    private final double[] outputDerivative = new double[1];

    /** The engine for a net with at most {@link #MAX_INPUTS} inputs and this σ. Call only when {@link VectorApi#available()}. */
    static BatchEngine create(int inputs, int hidden, LeakyRelu activation) {
        if (inputs > MAX_INPUTS) {
            throw new IllegalArgumentException("inputs = " + inputs + "; accepted: 1 to " + MAX_INPUTS);
        }
        return new VectorShallowEngine(inputs, hidden, activation.slope());
    }

    private VectorShallowEngine(int inputs, int hidden, double slope) {
        this.inputs = inputs;
        this.hidden = hidden;
        this.padded = (hidden + PAIR - 1) / PAIR * PAIR;
        this.slope = slope;
        this.steep = slope > 1;
        for (int l = 0; l < LANES; l++) {
            unitStride[l] = l * inputs;
        }
        this.transposed = new int[inputs * hidden];
        for (int k = 0; k < hidden; k++) {
            for (int j = 0; j < inputs; j++) {
                transposed[k * inputs + j] = j * padded + k;
            }
        }
        this.weights = new double[MAX_INPUTS * padded];
        this.bias = new double[padded];
        this.outputWeights = new double[padded];
        this.chunkRows = (int) Math.min(CHUNK_ROWS, ((long) Engines.PARALLEL_ELEMENTS + hidden - 1) / hidden);
        this.x = new double[chunkRows * MAX_INPUTS];
        this.examples = new int[chunkRows];
        this.preActivations = new double[chunkRows * padded];
        this.partialOutputs = new double[chunkRows * LANES];
        this.deltas = new double[chunkRows];
        this.weightGradient = new double[MAX_INPUTS * padded];
        this.biasGradient = new double[padded];
        this.outputGradient = new double[padded];
    }

    @Override
    public double lossAndGradient(double[] theta, Loss loss, Dataset data, int[] batch, int from, int to,
                                  double[] grad) {
        readParameters(theta);
        double scale = 1.0 / (to - from);
        double sum = 0;
        for (int start = from; start < to; start += chunkRows) {
            int rows = Math.min(chunkRows, to - start);
            gather(data, batch, start, rows);
            forward(rows);
            for (int e = 0; e < rows; e++) {
                output[0] = DoubleVector.fromArray(SPECIES, partialOutputs, e * LANES).reduceLanes(VectorOperators.ADD);
                sum += loss.gradient(output, 1, data.y(), examples[e] * data.targetDimension(), outputDerivative);
                deltas[e] = outputDerivative[0] * scale;
            }
            backward(rows, start == from);
        }
        writeGradient(grad);
        return sum * scale;
    }

    /** W transposed into weights by gathers of one vector of units per input (θ holds W unit by unit). */
    private void readParameters(double[] theta) {
        int whole = hidden / LANES * LANES;
        for (int tile = 0; tile < whole; tile += LANES) {
            for (int j = 0; j < inputs; j++) {
                DoubleVector.fromArray(SPECIES, theta, tile * inputs + j, unitStride, 0).intoArray(weights, j * padded + tile);
            }
        }
        for (int k = whole; k < hidden; k++) {
            for (int j = 0; j < inputs; j++) {
                weights[j * padded + k] = theta[k * inputs + j];
            }
        }
        int weightCount = inputs * hidden;
        System.arraycopy(theta, weightCount, bias, 0, hidden);
        System.arraycopy(theta, weightCount + hidden, outputWeights, 0, hidden);
    }

    /**
     * The accumulated gradients into grad, ∇W by gathers: grad[k·inputs + j] = weightGradient[j·padded + k]
     * through the index map {@link #transposed}, so the stores are contiguous (a scatter is emulated on
     * AVX2 and cost ten times these gathers per step there).
     */
    private void writeGradient(double[] grad) {
        int count = inputs * hidden;
        int whole = count / LANES * LANES;
        for (int m = 0; m < whole; m += LANES) {
            DoubleVector.fromArray(SPECIES, weightGradient, 0, transposed, m).intoArray(grad, m);
        }
        for (int m = whole; m < count; m++) {
            grad[m] = weightGradient[transposed[m]];
        }
        int weightCount = inputs * hidden;
        System.arraycopy(biasGradient, 0, grad, weightCount, hidden);
        System.arraycopy(outputGradient, 0, grad, weightCount + hidden, hidden);
    }

    /** Copies the inputs of batch[start .. start+rows) into x, zero padded, and their indices into examples. */
    private void gather(Dataset data, int[] batch, int start, int rows) {
        for (int e = 0; e < rows; e++) {
            examples[e] = data.example(batch, start + e);
            System.arraycopy(data.x(), examples[e] * inputs, x, e * MAX_INPUTS, inputs);
        }
    }

    private DoubleVector row(double[] array, int j, int tile) {
        return DoubleVector.fromArray(SPECIES, array, j * padded + tile);
    }

    private DoubleVector input(int e, int j) {
        return DoubleVector.broadcast(SPECIES, x[e * MAX_INPUTS + j]);
    }

    /**
     * σ(z) = z for z > 0 and slope·z for z ≤ 0, as max(z, slope·z) when slope ≤ 1 and min(z, slope·z) when
     * slope > 1 (both exact; two operations against three for a compare and blend).
     */
    private DoubleVector activate(DoubleVector z) {
        DoubleVector scaled = z.mul(slope);
        return steep ? z.min(scaled) : z.max(scaled);
    }

    /** z for every row and unit, and partialOutputs[e] = Σ over tiles of a⊙σ(z_e) (LANES partial sums). */
    private void forward(int rows) {
        Arrays.fill(partialOutputs, 0, rows * LANES, 0.0);
        for (int tile = 0; tile < padded; tile += PAIR) {
            int next = tile + LANES;
            DoubleVector v0 = row(weights, 0, tile), v1 = row(weights, 1, tile);
            DoubleVector v2 = row(weights, 2, tile), v3 = row(weights, 3, tile);
            DoubleVector v4 = row(weights, 4, tile), v5 = row(weights, 5, tile);
            DoubleVector v6 = row(weights, 6, tile), v7 = row(weights, 7, tile);
            DoubleVector w0 = row(weights, 0, next), w1 = row(weights, 1, next);
            DoubleVector w2 = row(weights, 2, next), w3 = row(weights, 3, next);
            DoubleVector w4 = row(weights, 4, next), w5 = row(weights, 5, next);
            DoubleVector w6 = row(weights, 6, next), w7 = row(weights, 7, next);
            DoubleVector b = DoubleVector.fromArray(SPECIES, bias, tile);
            DoubleVector c = DoubleVector.fromArray(SPECIES, bias, next);
            DoubleVector a = DoubleVector.fromArray(SPECIES, outputWeights, tile);
            DoubleVector d = DoubleVector.fromArray(SPECIES, outputWeights, next);
            for (int e = 0; e < rows; e++) {
                DoubleVector x0 = input(e, 0);
                DoubleVector y = v0.fma(x0, b);
                DoubleVector z = w0.fma(x0, c);
                DoubleVector x1 = input(e, 1);
                y = v1.fma(x1, y);
                z = w1.fma(x1, z);
                DoubleVector x2 = input(e, 2);
                y = v2.fma(x2, y);
                z = w2.fma(x2, z);
                DoubleVector x3 = input(e, 3);
                y = v3.fma(x3, y);
                z = w3.fma(x3, z);
                DoubleVector x4 = input(e, 4);
                y = v4.fma(x4, y);
                z = w4.fma(x4, z);
                DoubleVector x5 = input(e, 5);
                y = v5.fma(x5, y);
                z = w5.fma(x5, z);
                DoubleVector x6 = input(e, 6);
                y = v6.fma(x6, y);
                z = w6.fma(x6, z);
                DoubleVector x7 = input(e, 7);
                y = v7.fma(x7, y);
                z = w7.fma(x7, z);
                y.intoArray(preActivations, e * padded + tile);
                z.intoArray(preActivations, e * padded + next);
                DoubleVector sum = DoubleVector.fromArray(SPECIES, partialOutputs, e * LANES);
                activate(z).fma(d, activate(y).fma(a, sum)).intoArray(partialOutputs, e * LANES);
            }
        }
    }

    /**
     * Adds this chunk's ∇W, ∇b, ∇a to the accumulators (which the first chunk starts from zero), with
     * u = δ·σ'(z) (δ where z > 0, δ·slope where z ≤ 0): ∇a += u⊙z (σ(z) = σ'(z)·z for a leaky ReLU),
     * g = a⊙u, ∇b += g, ∇w_j += x_j g.
     */
    private void backward(int rows, boolean first) {
        DoubleVector zero = DoubleVector.zero(SPECIES);
        for (int tile = 0; tile < padded; tile += LANES) {
            DoubleVector g0 = first ? zero : row(weightGradient, 0, tile);
            DoubleVector g1 = first ? zero : row(weightGradient, 1, tile);
            DoubleVector g2 = first ? zero : row(weightGradient, 2, tile);
            DoubleVector g3 = first ? zero : row(weightGradient, 3, tile);
            DoubleVector g4 = first ? zero : row(weightGradient, 4, tile);
            DoubleVector g5 = first ? zero : row(weightGradient, 5, tile);
            DoubleVector g6 = first ? zero : row(weightGradient, 6, tile);
            DoubleVector g7 = first ? zero : row(weightGradient, 7, tile);
            DoubleVector gb = first ? zero : DoubleVector.fromArray(SPECIES, biasGradient, tile);
            DoubleVector ga = first ? zero : DoubleVector.fromArray(SPECIES, outputGradient, tile);
            DoubleVector a = DoubleVector.fromArray(SPECIES, outputWeights, tile);
            for (int e = 0; e < rows; e++) {
                DoubleVector z = DoubleVector.fromArray(SPECIES, preActivations, e * padded + tile);
                DoubleVector delta = DoubleVector.broadcast(SPECIES, deltas[e]);
                DoubleVector leak = DoubleVector.broadcast(SPECIES, deltas[e] * slope);
                DoubleVector u = delta.blend(leak, z.compare(VectorOperators.LE, 0.0));
                ga = z.fma(u, ga);
                DoubleVector g = a.mul(u);
                gb = gb.add(g);
                g0 = g.fma(input(e, 0), g0);
                g1 = g.fma(input(e, 1), g1);
                g2 = g.fma(input(e, 2), g2);
                g3 = g.fma(input(e, 3), g3);
                g4 = g.fma(input(e, 4), g4);
                g5 = g.fma(input(e, 5), g5);
                g6 = g.fma(input(e, 6), g6);
                g7 = g.fma(input(e, 7), g7);
            }
            g0.intoArray(weightGradient, tile);
            g1.intoArray(weightGradient, padded + tile);
            g2.intoArray(weightGradient, 2 * padded + tile);
            g3.intoArray(weightGradient, 3 * padded + tile);
            g4.intoArray(weightGradient, 4 * padded + tile);
            g5.intoArray(weightGradient, 5 * padded + tile);
            g6.intoArray(weightGradient, 6 * padded + tile);
            g7.intoArray(weightGradient, 7 * padded + tile);
            gb.intoArray(biasGradient, tile);
            ga.intoArray(outputGradient, tile);
        }
    }
}
