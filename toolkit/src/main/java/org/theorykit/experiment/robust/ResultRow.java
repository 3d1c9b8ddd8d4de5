package org.theorykit.experiment.robust;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** The columns of one {@link RobustnessLawExperiment} result row in a fixed order (numbers missing for a model are NaN). */
final class ResultRow {
    static final List<String> TEXT = List.of("status", "distribution", "domain", "lower_by", "upper_by");
    static final List<String> NUMBERS = List.of("n", "p", "steps", "attempts", "seconds", "train_seconds", "margin_min",
            "margin_median", "train_mse", "lip_training", "lip_sampled", "lip_ascent", "lip_pairs", "lip_near",
            "lip_lower", "lip_upper", "upper_spectral_product", "upper_path_sum", "upper_centred_spectral",
            "upper_centred_path", "intrinsic_dim", "law_informal", "law_informal_intrinsic", "conjecture", "theorem3", "theorem3_epsilon", "theorem3_c",
            "theorem3_W", "theorem3_J", "floor", "margin_floor", "flip_median", "flip_min", "flips_found",
            "bump_radius");
    final Map<String, String> text = new LinkedHashMap<>();
    final Map<String, Double> numbers = new LinkedHashMap<>();

    Table table() {
        Table table = Table.create("robustness-law");
        for (String name : TEXT) {
            table.addColumns(StringColumn.create(name, List.of(text.getOrDefault(name, ""))));
        }
        for (String name : NUMBERS) {
            table.addColumns(DoubleColumn.create(name, new double[] {numbers.getOrDefault(name, Double.NaN)}));
        }
        return table;
    }
}
