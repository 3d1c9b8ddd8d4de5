package org.theorykit.experiment.interpolation;

import org.theorykit.Seeds;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.theorykit.data.ImageDataset;
import org.theorykit.data.ImageSet;
import org.theorykit.data.ImageSource;
import org.theorykit.experiment.Experiment;
import org.theorykit.experiment.Grid;
import org.theorykit.experiment.Parameter;
import org.theorykit.experiment.ParameterType;
import org.theorykit.experiment.Params;
import org.theorykit.experiment.Workspace;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;
import org.theorykit.memorization.Memorization;

/**
 * Memorization of random labels (Zhang, Bengio, Hardt, Recht, Vinyals 2017, arXiv:1611.03530): the
 * same one-hidden-layer ReLU network, trained by the same SGD with the same hyper-parameters, on n
 * images whose labels are partly or wholly replaced by uniformly random classes
 * ({@link ImageSet#withRandomLabels}). One point per (seed, hidden width, corruption fraction); its rows
 * are the epochs, with the training error on the labels the network is trained on and the test error
 * on the true test labels — so the same table gives epochs to fit, test error against corruption, and
 * the epoch-wise curves of early stopping (Nakkiran et al. 2019, arXiv:1912.02292).
 */
public final class RandomLabelsExperiment implements Experiment {

    @Override
    public String name() {
        return "random-labels";
    }

    @Override
    public String description() {
        return "an MLP trained by SGD on n images with a fraction of random labels: epochs to fit, test error";
    }

    @Override
    public List<Parameter> parameters() {
        return List.of(
                Parameter.fixed("dataset", ParameterType.STRING, "mnist or fashion-mnist", "mnist"),
                Parameter.perScale("n", ParameterType.INT, "training images", 300, 1000, 4000).atLeast(1),
                Parameter.perScale("test", ParameterType.INT, "test images (at most the test split: 2000 for mnist, 10000 for fashion-mnist; more uses the whole split); true labels)", 500, 2000, 2000).atLeast(1),
                Parameter.perScale("hidden", ParameterType.INT_LIST, "hidden widths h (p = 795 h + 10 weights)",
                        List.of(128), List.of(128), List.of(512)).atLeast(1),
                Parameter.perScale("corruption", ParameterType.DOUBLE_LIST, "fractions of labels re-drawn at random",
                        List.of(0.0, 0.5, 1.0), List.of(0.0, 0.2, 0.4, 0.6, 0.8, 1.0),
                        List.of(0.0, 0.2, 0.4, 0.6, 0.8, 1.0)).atLeast(0).atMost(1),
                Parameter.perScale("epochs", ParameterType.INT, "epoch budget", 80, 150, 300).atLeast(1),
                Parameter.fixed("stop_at_fit", ParameterType.BOOLEAN, "stop once every training label is fit", true),
                Parameter.fixed("test_every", ParameterType.INT, "epochs between test evaluations (1 = every epoch)",
                        10).atLeast(1),
                Parameter.fixed("lr", ParameterType.DOUBLE, "SGD learning rate", 0.05).atLeast(1e-12),
                Parameter.fixed("momentum", ParameterType.DOUBLE, "heavy-ball momentum", 0.9).atLeast(0),
                Parameter.fixed("batch", ParameterType.INT, "minibatch size", 32).atLeast(1),
                Parameter.perScale("seeds", ParameterType.INT, "repetitions", 1, 1, 3).atLeast(1),
                Parameter.fixed("seed", ParameterType.LONG, "first seed", 1L));
    }

    @Override
    public List<Map<String, Object>> points(Params params) {
        SplitSizes.check(params, name(), "n", params.getInt("n"));
        if (params.getInt("batch") > params.getInt("n")) {
            throw new IllegalArgumentException("parameter 'batch' must be at most n = " + params.getInt("n") + ", got "
                    + params.getInt("batch"));
        }
        settings(params, 1, 1L);  // lr and momentum checked before any point runs
        return Grid.of("seed", params.seeds()).by("hidden", params.getIntList("hidden"))
                .by("corruption", params.getDoubleList("corruption")).points();
    }

    @Override
    public Table runPoint(Params params, Map<String, Object> point) {
        long seed = (Long) point.get("seed");
        ImageDataset data = ImageDataset.load(ImageSource.named(params.getString("dataset")), Workspace.dataDirectory());
        ImageSet clean = data.train().subsample(params.getInt("n"), Seeds.derive(seed, "train"));
        ImageSet train = clean.withRandomLabels((Double) point.get("corruption"), Seeds.derive(seed, "random labels"));
        ImageSet test = data.test().subsample(Math.min(params.getInt("test"), data.test().size()), Seeds.derive(seed, "test"));
        Table epochs = Memorization.train(train, test, settings(params, (Integer) point.get("hidden"), seed));
        epochs.addColumns(DoubleColumn.create("changed", epochs.rowCount())
                .setMissingTo(changedFraction(clean.labels(), train.labels())));
        return epochs;
    }

    private static Memorization.Settings settings(Params params, int hidden, long seed) {
        return new Memorization.Settings(hidden, params.getDouble("lr"), params.getDouble("momentum"),
                params.getInt("batch"), params.getInt("epochs"), params.getBoolean("stop_at_fit"),
                params.getInt("test_every"), seed);
    }

    /** The fraction of positions where the two label arrays differ. */
    static double changedFraction(int[] before, int[] after) {
        int changed = 0;
        for (int i = 0; i < before.length; i++) {
            if (before[i] != after[i]) {
                changed++;
            }
        }
        return (double) changed / before.length;
    }

    /**
     * One row per run (seed, hidden, corruption) of a per-epoch table: {@code epochs_to_fit} (the first
     * epoch with training error 0, missing if never), the final training and test errors, and the lowest
     * test error over the epochs with its epoch (what an oracle early stopping would pick).
     */
    public static Table summary(Table perEpoch) {
        Map<String, List<Integer>> rows = new LinkedHashMap<>();
        for (int r = 0; r < perEpoch.rowCount(); r++) {
            String key = perEpoch.getString(r, "seed") + "|" + perEpoch.getString(r, "hidden") + "|"
                    + perEpoch.getString(r, "corruption");
            rows.computeIfAbsent(key, k -> new ArrayList<>()).add(r);
        }
        IntColumn seed = IntColumn.create("seed");
        IntColumn hidden = IntColumn.create("hidden");
        DoubleColumn corruption = DoubleColumn.create("corruption");
        IntColumn toFit = IntColumn.create("epochs_to_fit");
        IntColumn trained = IntColumn.create("epochs_trained");
        DoubleColumn finalTrain = DoubleColumn.create("final_train_error");
        DoubleColumn finalTest = DoubleColumn.create("final_test_error");
        DoubleColumn bestTest = DoubleColumn.create("best_test_error");
        IntColumn bestEpoch = IntColumn.create("best_epoch");
        for (List<Integer> run : rows.values()) {
            int first = run.get(0);
            int fit = -1;
            int last = first;
            int best = first;
            for (int r : run) {
                int epoch = number(perEpoch, r, "epoch").intValue();
                if (epoch > number(perEpoch, last, "epoch").intValue()) {
                    last = r;
                }
                if (number(perEpoch, r, "train_error").doubleValue() == 0
                        && (fit < 0 || epoch < fit)) {
                    fit = epoch;
                }
                double t = number(perEpoch, r, "test_error").doubleValue();
                double b = number(perEpoch, best, "test_error").doubleValue();
                if (!Double.isNaN(t) && Double.isNaN(b) || t < b || (t == b && epoch < number(perEpoch, best, "epoch").intValue())) {
                    best = r;
                }
            }
            seed.append(number(perEpoch, first, "seed").intValue());
            hidden.append(number(perEpoch, first, "hidden").intValue());
            corruption.append(number(perEpoch, first, "corruption").doubleValue());
            if (fit < 0) {
                toFit.appendMissing();
            } else {
                toFit.append(fit);
            }
            trained.append(number(perEpoch, last, "epoch").intValue());
            finalTrain.append(number(perEpoch, last, "train_error").doubleValue());
            finalTest.append(number(perEpoch, last, "test_error").doubleValue());
            bestTest.append(number(perEpoch, best, "test_error").doubleValue());
            bestEpoch.append(number(perEpoch, best, "epoch").intValue());
        }
        return Table.create("random-labels summary", seed, hidden, corruption, toFit, trained, finalTrain, finalTest,
                bestTest, bestEpoch);
    }

    /**
     * The epoch-wise curve {epochs, values} of {@code column} for the run with this hidden width and
     * corruption (the smallest seed if there are several), in epoch order, skipping missing values.
     */
    public static double[][] curve(Table perEpoch, int hidden, double corruption, String column) {
        long seed = Long.MAX_VALUE;
        for (int r = 0; r < perEpoch.rowCount(); r++) {
            if (matches(perEpoch, r, hidden, corruption)) {
                seed = Math.min(seed, number(perEpoch, r, "seed").longValue());
            }
        }
        java.util.TreeMap<Integer, Double> points = new java.util.TreeMap<>();
        for (int r = 0; r < perEpoch.rowCount(); r++) {
            double value = number(perEpoch, r, column).doubleValue();
            if (matches(perEpoch, r, hidden, corruption) && number(perEpoch, r, "seed").longValue() == seed
                    && !Double.isNaN(value)) {
                points.put(number(perEpoch, r, "epoch").intValue(), value);
            }
        }
        if (points.isEmpty()) {
            throw new IllegalArgumentException("no run with hidden = " + hidden + " and corruption = " + corruption
                    + " has values in column '" + column + "'");
        }
        return new double[][] {points.keySet().stream().mapToDouble(Integer::doubleValue).toArray(),
                points.values().stream().mapToDouble(Double::doubleValue).toArray()};
    }

    private static boolean matches(Table table, int row, int hidden, double corruption) {
        return number(table, row, "hidden").intValue() == hidden
                && Math.abs(number(table, row, "corruption").doubleValue() - corruption) < 1e-12;
    }

    private static Number number(Table table, int row, String column) {
        Object value = table.column(column).get(row);
        if (value == null) {
            return Double.NaN;  // a missing cell, e.g. an epoch whose test error was skipped
        }
        if (value instanceof Number number) {
            return number;
        }
        throw new IllegalArgumentException("column '" + column + "' must be numeric, got " + value);
    }
}
