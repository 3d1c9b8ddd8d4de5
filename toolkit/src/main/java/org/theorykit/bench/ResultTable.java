package org.theorykit.bench;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Joins theorykit's measurements with PyTorch's timings by workload name (rows present on either side
 * appear; a missing side is NaN, printed as "-") and formats the report.
 */
final class ResultTable {

    static final List<String> NUMBER_COLUMNS = List.of(
            "theorykit_median_s", "pytorch_median_s", "ratio", "theorykit_min_s", "theorykit_max_s",
            "pytorch_min_s", "pytorch_max_s", "theorykit_gflops", "pytorch_gflops", "peak_heap_mb", "off_heap_mb");

    private ResultTable() {
    }

    /** Theorykit's rows in their order, then the rows only PyTorch ran. */
    static Table join(List<Measurement> theorykit, Map<String, PytorchReference.Timed> pytorch) {
        Map<String, Measurement> ours = theorykit.stream()
                .collect(Collectors.toMap(Measurement::name, Function.identity(), (x, y) -> x, java.util.LinkedHashMap::new));
        Set<String> names = new LinkedHashSet<>(ours.keySet());
        names.addAll(pytorch.keySet());
        Table table = Table.create("bench", StringColumn.create("name", names));
        for (String column : NUMBER_COLUMNS) {
            table.addColumns(DoubleColumn.create(column, names.size()));
        }
        int row = 0;
        for (String name : names) {
            Measurement m = ours.get(name);
            PytorchReference.Timed p = pytorch.get(name);
            double flops = m == null ? Double.NaN : m.flopsPerRun();
            set(table, row, "theorykit_median_s", m == null ? Double.NaN : m.timing().median());
            set(table, row, "pytorch_median_s", p == null ? Double.NaN : p.median());
            set(table, row, "ratio", m == null || p == null ? Double.NaN : m.timing().median() / p.median());
            set(table, row, "theorykit_min_s", m == null ? Double.NaN : m.timing().min());
            set(table, row, "theorykit_max_s", m == null ? Double.NaN : m.timing().max());
            set(table, row, "pytorch_min_s", p == null ? Double.NaN : p.min());
            set(table, row, "pytorch_max_s", p == null ? Double.NaN : p.max());
            set(table, row, "theorykit_gflops", m == null ? Double.NaN : flops / m.timing().median() / 1e9);
            set(table, row, "pytorch_gflops", p == null ? Double.NaN : flops / p.median() / 1e9);
            set(table, row, "peak_heap_mb", m == null ? Double.NaN : m.peakHeapBytes() / 1048576.0);
            set(table, row, "off_heap_mb", m == null ? Double.NaN : m.offHeapBytes() / 1048576.0);
            row++;
        }
        return table;
    }

    /** Fixed-width text: a header line, then one line per workload; NaN prints as "-". */
    static String format(Table table) {
        StringBuilder text = new StringBuilder(String.format("%-22s", "name"));
        NUMBER_COLUMNS.forEach(column -> text.append(' ').append(column));
        text.append('\n');
        for (int row = 0; row < table.rowCount(); row++) {
            text.append(String.format("%-22s", table.stringColumn("name").get(row)));
            for (String column : NUMBER_COLUMNS) {
                double value = table.doubleColumn(column).getDouble(row);
                String cell = Double.isNaN(value) ? "-" : String.format("%.4g", value);
                text.append(String.format(" %" + column.length() + "s", cell));
            }
            text.append('\n');
        }
        return text.toString();
    }

    private static void set(Table table, int row, String column, double value) {
        table.doubleColumn(column).set(row, value);
    }
}
