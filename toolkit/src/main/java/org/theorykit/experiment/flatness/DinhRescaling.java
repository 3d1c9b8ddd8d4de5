package org.theorykit.experiment.flatness;

import java.util.List;
import org.theorykit.landscape.LanczosEigensolver;
import org.theorykit.landscape.LossSlices;
import org.theorykit.landscape.Rescaling;
import org.theorykit.nn.SupervisedObjective;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;

/**
 * One solution of a ReLU net with layer 1 multiplied by α and layer 2 by 1/α (Dinh et al. 2017,
 * arXiv:1703.04933, the α-scale transformation): the function and the loss stay, the raw sharpness
 * changes, and the filter-normalized slice (Li et al. 2018, arXiv:1712.09913) stays.
 *
 * @param alpha        the factor of layer 1
 * @param outputChange max |f(x_i; θ_α) − f(x_i; θ)| over the training data
 * @param loss         training loss at θ_α
 * @param sharpness    λ_max of the Hessian at θ_α (Lanczos)
 * @param sliceChange  max change of the 9-point filter-normalized slice on [−1, 1] (direction seed 99)
 */
public record DinhRescaling(double alpha, double outputChange, double loss, double sharpness, double sliceChange) {

    private static final long DIRECTION_SEED = 99;
    private static final int SLICE_POINTS = 9;

    /** Rescales θ by α ({@link Rescaling#reluLayers}, layer 1) and measures what changes. */
    public static DinhRescaling of(SupervisedObjective objective, double[] theta, double alpha) {
        if (objective == null || theta == null) {
            throw new IllegalArgumentException("objective and theta must not be null");
        }
        double[] scaled = Rescaling.reluLayers(objective.model(), theta, 1, alpha);
        double[] f0 = objective.outputs(theta);
        double[] f = objective.outputs(scaled);
        double change = 0;
        for (int i = 0; i < f.length; i++) {
            change = Math.max(change, Math.abs(f[i] - f0[i]));
        }
        Table slice0 = slice(objective, theta);
        Table slice = slice(objective, scaled);
        double sliceChange = 0;
        for (int k = 0; k < SLICE_POINTS; k++) {
            sliceChange = Math.max(sliceChange, Math.abs(slice.doubleColumn("loss").getDouble(k) - slice0.doubleColumn("loss").getDouble(k)));
        }
        double sharpness = LanczosEigensolver.top(objective.hessianAt(scaled), 1, 1).values()[0];
        return new DinhRescaling(alpha, change, objective.loss(scaled), sharpness, sliceChange);
    }

    /** The rows as a table: alpha, max |Δf| on training data, loss, sharpness, max |Δ slice|. */
    public static Table table(String name, List<DinhRescaling> rows) {
        return Table.create(name,
                DoubleColumn.create("alpha", rows.stream().mapToDouble(DinhRescaling::alpha).toArray()),
                DoubleColumn.create("max |Δf| on training data", rows.stream().mapToDouble(DinhRescaling::outputChange).toArray()),
                DoubleColumn.create("loss", rows.stream().mapToDouble(DinhRescaling::loss).toArray()),
                DoubleColumn.create("sharpness", rows.stream().mapToDouble(DinhRescaling::sharpness).toArray()),
                DoubleColumn.create("max |Δ slice|", rows.stream().mapToDouble(DinhRescaling::sliceChange).toArray()));
    }

    private static Table slice(SupervisedObjective objective, double[] theta) {
        return LossSlices.line(objective::loss, theta,
                LossSlices.filterNormalizedDirection(objective.model(), theta, DIRECTION_SEED), -1, 1, SLICE_POINTS);
    }
}
