package org.theorykit.robust;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.theorykit.Arguments;
import org.theorykit.Seeds;
import org.theorykit.data.PointSampler;
import org.theorykit.nn.Model;
import smile.math.MathEx;

/**
 * Brackets Lip(f) for a model (or any {@link InputFunction}) with every lower estimate of
 * {@link LipschitzLowerBounds} and every certificate of {@link LipschitzUpperBounds}, in one call:
 * <pre>{@code
 * LipschitzBracket b = LipschitzEstimator.defaults(Samplers.sphere(d), InputDomain.sphere(1))
 *         .bracket(net, theta, x);
 * b.lower(); b.upper(); b.bestLower().point(); b.bestUpper().get().name();
 * }</pre>
 * Lower estimates, in order: training gradients, sampled gradients (if a sampler is set), gradient
 * ascent started from the {@code ascentStarts} inputs with the largest gradient among the training and
 * sampled points, training pairs (all pairs when n ≤ {@code maxPairPoints}, else the first
 * {@code maxPairPoints} rows), near pairs at the training points. Immutable; the setters return copies.
 */
public record LipschitzEstimator(PointSampler sampler, int samples, InputDomain domain, int ascentStarts,
                                 int ascentSteps, double ascentStep, double differenceStep, int maxPairPoints,
                                 long seed) {

    public LipschitzEstimator {
        Arguments.atLeast("samples", samples, 0);
        Arguments.notNull("domain", domain);
        Arguments.atLeast("ascentStarts", ascentStarts, 0);
        Arguments.atLeast("ascentSteps", ascentSteps, 0);
        Arguments.positiveFinite("ascentStep", ascentStep);
        Arguments.positiveFinite("differenceStep", differenceStep);
        Arguments.atLeast("maxPairPoints", maxPairPoints, 2);
        if (samples > 0 && sampler == null) {
            throw new IllegalArgumentException("samples = " + samples + " needs a sampler; accepted: a sampler, or samples = 0");
        }
    }

    /**
     * 1000 samples from the sampler (null for none, then samples = 0), ascent from the best 5 points for
     * 50 steps of first length 0.1 (central-difference step 1e-3), all pairs up to 2000 points, seed 1.
     */
    public static LipschitzEstimator defaults(PointSampler sampler, InputDomain domain) {
        return new LipschitzEstimator(sampler, sampler == null ? 0 : 1000, domain, 5, 50, 0.1, 1e-3, 2000, 1L);
    }

    public LipschitzEstimator withSamples(int samples) {
        return new LipschitzEstimator(sampler, samples, domain, ascentStarts, ascentSteps, ascentStep,
                differenceStep, maxPairPoints, seed);
    }

    public LipschitzEstimator withAscent(int starts, int steps, double step) {
        return new LipschitzEstimator(sampler, samples, domain, starts, steps, step, differenceStep, maxPairPoints,
                seed);
    }

    public LipschitzEstimator withSeed(long seed) {
        return new LipschitzEstimator(sampler, samples, domain, ascentStarts, ascentSteps, ascentStep,
                differenceStep, maxPairPoints, seed);
    }

    /** The bracket of a one-output model at θ on the training inputs x (rows). */
    public LipschitzBracket bracket(Model model, double[] theta, double[][] x) {
        return bracket(InputFunction.of(model, theta), x, LipschitzUpperBounds.of(model, theta));
    }

    /** The bracket of f on the training inputs x with the given upper certificates (may be empty). */
    public LipschitzBracket bracket(InputFunction f, double[][] x, List<LipschitzEstimate> upperBounds) {
        LipschitzLowerBounds.checkPoints(f, "x", x);
        Arguments.notNull("upperBounds", upperBounds);
        List<LipschitzEstimate> lower = new ArrayList<>();
        lower.add(LipschitzLowerBounds.trainingGradients(f, x));
        double[][] fresh = null;
        if (samples > 0) {
            if (sampler.ambientDimension() != f.dimension()) {
                throw new IllegalArgumentException("sampler.ambientDimension() = " + sampler.ambientDimension()
                        + "; accepted: the function's dimension " + f.dimension());
            }
            fresh = sampler.sample(samples, seed);
            lower.add(LipschitzLowerBounds.maxGradient(LipschitzEstimate.SAMPLED_GRADIENTS, f, fresh));
        }
        if (ascentStarts > 0) {
            List<double[]> starts = bestStarts(f, x, fresh);
            lower.add(LipschitzLowerBounds.gradientAscent(f, starts, domain, ascentSteps, ascentStep,
                    differenceStep, Seeds.derive(seed, "ascent")));
        }
        if (x.length >= 2) {
            double[][] pairs = x.length <= maxPairPoints ? x : java.util.Arrays.copyOf(x, maxPairPoints);
            lower.add(LipschitzLowerBounds.trainingPairs(f, pairs));
        }
        lower.add(LipschitzLowerBounds.nearPairs(f, x, differenceStep));
        return new LipschitzBracket(lower, upperBounds);
    }

    private List<double[]> bestStarts(InputFunction f, double[][] x, double[][] fresh) {
        record Candidate(double[] point, double norm) { }
        List<Candidate> candidates = new ArrayList<>();
        double[] g = new double[f.dimension()];
        for (double[][] set : fresh == null ? List.<double[][]>of(x) : List.<double[][]>of(x, fresh)) {
            for (double[] point : set) {
                f.valueAndGradient(point, g);
                candidates.add(new Candidate(point, MathEx.norm(g)));
            }
        }
        return candidates.stream().sorted(Comparator.comparingDouble(Candidate::norm).reversed())
                .limit(ascentStarts).map(Candidate::point).toList();
    }
}
