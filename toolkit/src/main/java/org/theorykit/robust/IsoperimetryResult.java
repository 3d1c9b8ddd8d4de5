package org.theorykit.robust;

import org.theorykit.Median;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import org.theorykit.Arguments;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * What {@link Isoperimetry#check} measured on one law: the fitted constant c of every test function,
 * per family and overall, and the tail of each family's worst function for plots against the bound
 * 2·exp(−d t²/(2c)) of Bubeck &amp; Sellke (2021, arXiv:2105.12806), Definition 1.1.
 *
 * @param law                the law's name
 * @param ambientDimension   d
 * @param intrinsicDimension the law's own dimension (as its sampler states it)
 * @param functions          one row per test function: {@code family}, {@code function}, {@code c}
 * @param familyConstants    the largest c per family
 * @param worstTails         the tail of the function with the largest c, per family
 */
public record IsoperimetryResult(String law, int ambientDimension, int intrinsicDimension, Table functions,
                                 Map<TestFunctionFamily, Double> familyConstants,
                                 Map<TestFunctionFamily, ConcentrationTail> worstTails) {

    public IsoperimetryResult {
        familyConstants = Collections.unmodifiableMap(new EnumMap<>(familyConstants));
        worstTails = Collections.unmodifiableMap(new EnumMap<>(worstTails));
    }

    /** The fitted c of the law: the largest over families and functions. */
    public double constant() {
        return familyConstants.values().stream().mapToDouble(Double::doubleValue).max().orElseThrow();
    }

    /** The fitted c of one family. */
    public double constant(TestFunctionFamily family) {
        return familyConstants.get(Arguments.notNull("family", family));
    }

    /** d/c: the dimension in which a 1-isoperimetric law would concentrate like this one. */
    public double effectiveDimension() {
        return ambientDimension / constant();
    }

    /**
     * d·c_ref/c with c_ref measured on a reference law (use N(0, I/d) under the same settings): the
     * fitted c of a Gaussian is below its true c = 1 by a factor set by the tail shape and the sample
     * size (0.75–0.78 measured at d = 25–400 with the default settings), and the ratio cancels that factor. For an m-dimensional
     * subspace this is ≈ m.
     */
    public double effectiveDimension(IsoperimetryResult reference) {
        Arguments.notNull("reference", reference);
        if (reference.ambientDimension != ambientDimension) {
            throw new IllegalArgumentException("reference must live in R^" + ambientDimension + ", got R^" + reference.ambientDimension);
        }
        return ambientDimension * reference.constant() / constant();
    }

    /** Per family: {@code family}, {@code functions}, {@code c_max}, {@code c_median}, {@code d_over_c} (d / c_max). */
    public Table summary() {
        Table table = Table.create("isoperimetry of " + law + " (d = " + ambientDimension + ")", StringColumn.create("family"),
                IntColumn.create("functions"), DoubleColumn.create("c_max"), DoubleColumn.create("c_median"),
                DoubleColumn.create("d_over_c"));
        for (TestFunctionFamily family : familyConstants.keySet()) {
            double[] c = functions.where(functions.stringColumn("family").isEqualTo(family.name())).doubleColumn("c").asDoubleArray();
            Arrays.sort(c);
            table.stringColumn("family").append(family.name());
            table.intColumn("functions").append(c.length);
            table.doubleColumn("c_max").append(c[c.length - 1]);
            table.doubleColumn("c_median").append(Median.ofSorted(c));
            table.doubleColumn("d_over_c").append(ambientDimension / c[c.length - 1]);
        }
        return table;
    }

    /** The worst function's tail of {@code family}: columns {@code t}, {@code empirical_tail}, {@code bound} (at the family's c). */
    public Table tails(TestFunctionFamily family, int points) {
        return worstTails.get(Arguments.notNull("family", family)).table(ambientDimension, constant(family), points);
    }
}
