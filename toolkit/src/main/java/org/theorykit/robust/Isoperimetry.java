package org.theorykit.robust;

import java.util.EnumMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.CancellationException;
import java.util.function.ToDoubleFunction;
import org.theorykit.Arguments;
import org.theorykit.data.PointSampler;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * An empirical check of c-isoperimetry (Bubeck &amp; Sellke 2021, arXiv:2105.12806, Definition 1.1):
 * μ on R^d is c-isoperimetric if every L-Lipschitz f has P(|f − E f| ≥ t) ≤ 2·exp(−d t²/(2cL²)).
 * For each {@link TestFunctionFamily} the check draws random functions with L ≤ 1, measures their
 * tails on fresh samples, and fits the smallest c consistent with each tail
 * ({@link ConcentrationTail#fittedConstant}); the family's c is the largest over its functions and
 * the law's c the largest over families. The Gaussian N(0, I/d), the sphere and the cube come out
 * with c = O(1); a law on an m-dimensional manifold needs c ≈ d/m: it concentrates like a law in
 * m dimensions, its effective dimension d/c.
 * <pre>{@code
 * IsoperimetryResult r = Isoperimetry.check(Samplers.linearSubspace(100, 5, 1), IsoperimetryCheck.defaults());
 * r.summary();                                   // family, functions, c_max, c_median, d_over_c
 * r.effectiveDimension(Isoperimetry.check(Samplers.gaussian(100), IsoperimetryCheck.defaults()));  // ≈ 5
 * show(RobustnessCharts.concentration(r));   // the chart, from the experiment layer
 * }</pre>
 */
public final class Isoperimetry {

    private Isoperimetry() {
    }

    /**
     * How a check is run.
     *
     * @param samples            fresh points on which each function's tail is measured
     * @param functionsPerFamily random functions drawn per family
     * @param referencePoints    points (an independent sample) the functions are built from
     * @param minCount           deviations exceeded by fewer samples are not used to fit c
     * @param seed               seed of the samples and the functions
     */
    public record Settings(int samples, int functionsPerFamily, int referencePoints, int minCount, long seed) {

        public Settings {
            Arguments.atLeast("samples", samples, 2);
            Arguments.atLeast("functionsPerFamily", functionsPerFamily, 1);
            Arguments.atLeast("referencePoints", referencePoints, 2);
            Arguments.atLeast("minCount", minCount, 1);
            if (minCount > samples) {
                throw new IllegalArgumentException("minCount must be <= samples = " + samples + ", got " + minCount);
            }
        }

        /** 4000 samples, 20 functions per family, 500 reference points, minCount 10, seed 1. */
        public static Settings defaults() {
            return new Settings(4000, 20, 500, 10, 1);
        }

        public Settings withSeed(long newSeed) {
            return new Settings(samples, functionsPerFamily, referencePoints, minCount, newSeed);
        }
    }

    /** Runs the check on {@code law}. */
    public static IsoperimetryResult check(PointSampler law, Settings settings) {
        Arguments.notNull("law", law);
        Arguments.notNull("settings", settings);
        SplittableRandom seeds = new SplittableRandom(settings.seed());
        double[][] reference = law.sample(settings.referencePoints(), seeds.nextLong());
        double[][] fresh = law.sample(settings.samples(), seeds.nextLong());
        int d = law.ambientDimension();
        Table functions = Table.create("isoperimetry of " + law.name(), StringColumn.create("family"),
                IntColumn.create("function"), DoubleColumn.create("c"));
        Map<TestFunctionFamily, ConcentrationTail> worst = new EnumMap<>(TestFunctionFamily.class);
        Map<TestFunctionFamily, Double> constants = new EnumMap<>(TestFunctionFamily.class);
        double[] values = new double[fresh.length];
        for (TestFunctionFamily family : TestFunctionFamily.values()) {
            SplittableRandom random = new SplittableRandom(seeds.nextLong());
            double largest = -1;
            for (int f = 0; f < settings.functionsPerFamily(); f++) {
                if (Thread.currentThread().isInterrupted()) {
                    throw new CancellationException("isoperimetry check of " + law.name() + " interrupted");
                }
                ToDoubleFunction<double[]> function = family.draw(reference, random);
                for (int i = 0; i < fresh.length; i++) {
                    values[i] = function.applyAsDouble(fresh[i]);
                }
                ConcentrationTail tail = ConcentrationTail.of(values);
                double c = tail.fittedConstant(d, settings.minCount());
                functions.stringColumn("family").append(family.name());
                functions.intColumn("function").append(f);
                functions.doubleColumn("c").append(c);
                if (c > largest) {
                    largest = c;
                    worst.put(family, tail);
                }
            }
            constants.put(family, largest);
        }
        return new IsoperimetryResult(law.name(), d, law.intrinsicDimension(), functions, constants, worst);
    }
}
