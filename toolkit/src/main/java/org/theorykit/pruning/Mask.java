package org.theorykit.pruning;

import java.util.Arrays;
import org.theorykit.Arguments;
import org.theorykit.nn.Model;
import org.theorykit.nn.ParameterView;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Which coordinates of a model's flat parameter vector θ survive pruning: keep[i] is false for a pruned
 * coordinate, held at exactly zero in training ({@link org.theorykit.optim.Optimizer#mask(boolean[])}).
 * Immutable. Remaining fractions count weights only (views of kind WEIGHTS), as Frankle &amp; Carbin 2019
 * (arXiv:1803.03635) report them.
 */
public final class Mask {

    private final boolean[] keep;

    private Mask(boolean[] keep) {
        this.keep = keep;
    }

    /** Keeps all p coordinates. */
    public static Mask dense(int p) {
        Arguments.positive("p", p);
        boolean[] keep = new boolean[p];
        Arrays.fill(keep, true);
        return new Mask(keep);
    }

    /** The mask with these entries (copied); for a model, check the length with {@link #requireFor(Model)}. */
    public static Mask of(boolean[] keep) {
        Arguments.notNull("keep", keep);
        Arguments.positive("keep.length", keep.length);
        return new Mask(keep.clone());
    }

    /** A copy of the entries, as {@link org.theorykit.optim.Optimizer#mask(boolean[])} takes them. */
    public boolean[] keep() {
        return keep.clone();
    }

    public boolean keeps(int index) {
        return keep[Arguments.index("index", index, keep.length)];
    }

    public int length() {
        return keep.length;
    }

    /** This mask, after checking that its length is the model's parameter count. */
    public Mask requireFor(Model model) {
        if (keep.length != model.parameterCount()) {
            throw new IllegalArgumentException("mask has length " + keep.length + "; accepted: the model's parameter"
                    + " count " + model.parameterCount());
        }
        return this;
    }

    /** Kept entries inside the view. */
    public int kept(ParameterView view) {
        int count = 0;
        for (int i = view.offset(); i < view.offset() + view.length(); i++) {
            count += keep[i] ? 1 : 0;
        }
        return count;
    }

    /** Kept weights / all weights of the model (biases excluded). */
    public double remainingFraction(Model model) {
        requireFor(model);
        long kept = 0;
        long all = 0;
        for (ParameterView view : Pruning.weightViews(model)) {
            kept += kept(view);
            all += view.length();
        }
        return (double) kept / all;
    }

    /** A copy of θ with the pruned coordinates set to zero. */
    public double[] apply(double[] theta) {
        Arguments.length("theta", theta, keep.length);
        double[] out = theta.clone();
        for (int i = 0; i < out.length; i++) {
            out[i] = keep[i] ? out[i] : 0;
        }
        return out;
    }

    /** One row per named view of the model: its kind, size, kept entries and kept fraction. */
    public Table layers(Model model) {
        requireFor(model);
        StringColumn name = StringColumn.create("view");
        StringColumn kind = StringColumn.create("kind");
        IntColumn size = IntColumn.create("size");
        IntColumn kept = IntColumn.create("kept");
        DoubleColumn fraction = DoubleColumn.create("fraction");
        for (ParameterView view : model.parameterViews()) {
            name.append(view.name());
            kind.append(view.kind().name());
            size.append(view.length());
            kept.append(kept(view));
            fraction.append((double) kept(view) / view.length());
        }
        return Table.create("mask", name, kind, size, kept, fraction);
    }
}
