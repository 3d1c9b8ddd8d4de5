package org.theorykit.experiment.robust;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.theorykit.Median;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.Row;
import tech.tablesaw.api.Table;

/**
 * What lecture 03 reads off a {@code robustness-law} sweep ({@link RobustnessLawExperiment}), one row
 * per data set (d, seed) and medians per d.
 *
 * <p>The drop of the Lipschitz constant from the smallest interpolating width to the largest is set
 * against what the lower bounds predict. Every interpolant of p parameters obeys two lower bounds: the
 * law of robustness, Lip ≳ sqrt(n·m/p) (Bubeck–Sellke 2021, arXiv:2105.12806, informal form; m the
 * law's dimension, column {@code law_informal_intrinsic}), and the data floor F = max |y_i − y_j| / ‖x_i − x_j‖
 * that binds every interpolant whatever p. Their envelope E(p) = max(sqrt(n·m/p), F) is the smallest
 * Lipschitz constant the theory allows at p, so the drop it predicts between the smallest interpolating
 * width p_s and the largest p_l is {@code predicted_drop} = E(p_s) / E(p_l): about sqrt(p_l / p_s) while
 * the law binds at both ends, and 1 when the floor already binds at p_s. Trained nets do not reach E at
 * large p (they level off above the floor), so what the bounds force on the measured drop is less:
 * Lip(p_s) ≥ E(p_s) gives Lip(p_s) / Lip(p_l) ≥ {@code forced_drop} = E(p_s) / Lip(p_l), a drop only when
 * it exceeds 1.
 */
public final class RobustnessSummary {

    /** The columns of {@link #perDataSet} besides d and seed, in order; {@link #perDimension} takes their medians. */
    public static final List<String> METRICS = List.of("n", "floor", "smallest_interpolating_k", "k_over_n_over_d",
            "p_smallest", "p_largest", "lip_at_smallest", "lip_at_largest", "drop", "envelope_at_smallest",
            "envelope_at_largest", "predicted_drop", "forced_drop", "smoothest_net", "bump_tent", "bump_smooth");

    private RobustnessSummary() {
    }

    /**
     * One row per data set (d, seed) in order of appearance: n; the data floor; the smallest
     * interpolating width k_s, k_s / (n/m) (m the law's dimension: d on the sphere, the subspace's
     * dimension on subspace data), p and the witnessed Lipschitz lower bound at k_s and at the largest
     * interpolating width; {@code drop} = lip_at_smallest / lip_at_largest; the envelope
     * max(sqrt(n·m/p), floor) at both widths and {@code predicted_drop}, their ratio; {@code forced_drop} =
     * envelope_at_smallest / lip_at_largest; the smallest
     * lower bound of any interpolating net ({@code smoothest_net}); the tent and C^∞ bump interpolators'
     * certified constants. Net columns are NaN where no width of the data set interpolated.
     */
    public static Table perDataSet(Table sweep) {
        Map<List<Object>, List<Row>> dataSets = new LinkedHashMap<>();
        for (Row row : requireSweep(sweep)) {
            dataSets.computeIfAbsent(List.of((int) row.getNumber("d"), (long) row.getNumber("seed")), key -> new ArrayList<>())
                    .add(copy(sweep, row));
        }
        Table out = Table.create("per data set (d, seed)", IntColumn.create("d"), LongColumn.create("seed"));
        METRICS.forEach(name -> out.addColumns(DoubleColumn.create(name)));
        dataSets.forEach((key, rows) -> append(out, (Integer) key.get(0), (Long) key.get(1), rows));
        return out;
    }

    /**
     * The medians ({@link Median#of}) over seeds of every {@link #METRICS} column of {@link #perDataSet}, one
     * row per d; a data set where no net interpolated counts only in the columns it has (NaN if no seed has one).
     */
    public static Table perDimension(Table sweep) {
        Table dataSets = perDataSet(sweep);
        Map<Integer, List<Integer>> byD = new LinkedHashMap<>();
        for (int r = 0; r < dataSets.rowCount(); r++) {
            byD.computeIfAbsent(dataSets.intColumn("d").getInt(r), d -> new ArrayList<>()).add(r);
        }
        Table out = Table.create("per dimension (medians over seeds)", IntColumn.create("d"));
        METRICS.forEach(name -> out.addColumns(DoubleColumn.create(name)));
        byD.forEach((d, rows) -> {
            out.intColumn("d").append(d);
            for (String name : METRICS) {
                double[] values = rows.stream().mapToDouble(r -> dataSets.doubleColumn(name).getDouble(r))
                        .filter(v -> !Double.isNaN(v)).toArray();
                out.doubleColumn(name).append(values.length == 0 ? Double.NaN : Median.of(values));
            }
        });
        return out;
    }

    /** The lower envelope max(sqrt(n·m/p), floor) of every interpolant's Lipschitz constant (see the class comment). */
    public static double envelope(double lawInformal, double floor) {
        if (!(lawInformal > 0) || !(floor > 0)) {
            throw new IllegalArgumentException("lawInformal and floor must be > 0, got " + lawInformal + " and " + floor);
        }
        return Math.max(lawInformal, floor);
    }

    private static void append(Table out, int d, long seed, List<Row> rows) {
        Map<String, Double> v = new LinkedHashMap<>();
        METRICS.forEach(name -> v.put(name, Double.NaN));
        Row first = null;
        Row last = null;
        double smoothest = Double.NaN;
        for (Row row : rows) {
            String model = row.getString("model");
            if (model.equals(RobustnessLawExperiment.BUMP)) {
                v.put("bump_tent", row.getNumber("lip_upper"));
            } else if (model.equals(RobustnessLawExperiment.BUMP_SMOOTH)) {
                v.put("bump_smooth", row.getNumber("lip_upper"));
            } else if (row.getString("status").equals("interpolated")) {
                first = first == null || row.getNumber("k") < first.getNumber("k") ? row : first;
                last = last == null || row.getNumber("k") > last.getNumber("k") ? row : last;
                smoothest = Double.isNaN(smoothest) ? row.getNumber("lip_lower") : Math.min(smoothest, row.getNumber("lip_lower"));
            }
            v.put("n", row.getNumber("n"));
            v.put("floor", row.getNumber("floor"));
        }
        if (first != null) {
            double threshold = first.getNumber("n") / first.getNumber("intrinsic_dim");
            v.put("smallest_interpolating_k", first.getNumber("k"));
            v.put("k_over_n_over_d", first.getNumber("k") / threshold);
            v.put("p_smallest", first.getNumber("p"));
            v.put("p_largest", last.getNumber("p"));
            v.put("lip_at_smallest", first.getNumber("lip_lower"));
            v.put("lip_at_largest", last.getNumber("lip_lower"));
            v.put("drop", first.getNumber("lip_lower") / last.getNumber("lip_lower"));
            v.put("envelope_at_smallest", envelope(first.getNumber("law_informal_intrinsic"), first.getNumber("floor")));
            v.put("envelope_at_largest", envelope(last.getNumber("law_informal_intrinsic"), last.getNumber("floor")));
            v.put("predicted_drop", v.get("envelope_at_smallest") / v.get("envelope_at_largest"));
            v.put("forced_drop", v.get("envelope_at_smallest") / last.getNumber("lip_lower"));
            v.put("smoothest_net", smoothest);
        }
        out.intColumn("d").append(d);
        out.longColumn("seed").append(seed);
        METRICS.forEach(name -> out.doubleColumn(name).append(v.get(name)));
    }

    /** A detached copy of one row (Tablesaw's Row is a cursor). */
    private static Row copy(Table table, Row row) {
        Row copy = new Row(table);
        copy.at(row.getRowNumber());
        return copy;
    }

    private static Table requireSweep(Table sweep) {
        if (sweep == null) {
            throw new IllegalArgumentException("sweep must not be null");
        }
        for (String column : List.of("d", "seed", "model", "status", "k", "n", "p", "lip_lower", "lip_upper", "floor",
                "law_informal_intrinsic", "intrinsic_dim")) {
            if (!sweep.containsColumn(column)) {
                throw new IllegalArgumentException("sweep must be a robustness-law table; it has no column '" + column + "'");
            }
        }
        return sweep;
    }
}
