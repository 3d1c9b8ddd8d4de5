package org.theorykit.table;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.theorykit.Median;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * The three table look-ups the lectures make, each one call with errors that name what is missing:
 * <pre>{@code
 * double mse = Tables.value(results, "test_mse", "arch", "tree", "budget", 3000);  // the one row at these coordinates
 * Table rows = Tables.where(results, "arch", "tree");                               // all rows at these coordinates
 * Table grid = Tables.pivot(results, "budget", "arch", "test_mse");                 // median per (budget, arch)
 * Table med  = Tables.medians(results, "test_mse", "arch", "budget");               // median and count per group
 * Table meds = Tables.medians(results, List.of("test_mse", "train_mse"), "budget"); // several metrics at once
 * }</pre>
 * Coordinates are (column, value) pairs. A value matches a numeric column when it is a number equal to
 * the cell ({@code 3000} matches an int, long or double column holding 3000.0), a text column when its
 * text is equal. Medians are {@link Median#of}, the toolkit's one median.
 */
public final class Tables {

    private Tables() {
    }

    /**
     * The value of {@code column} in the single row at the coordinates; throws naming the coordinate
     * that matches nothing (with the values present), or saying how many rows match when more than one does.
     */
    public static double value(Table table, String column, Object... coordinates) {
        NumericColumn<?> values = numeric(table, column);
        Table rows = where(table, coordinates);
        if (rows.rowCount() != 1) {
            throw new IllegalArgumentException(rows.rowCount() + " rows of table '" + table.name() + "' are at "
                    + describe(coordinates) + "; value needs exactly one: add a coordinate (e.g. the seed) or use medians");
        }
        return rows.numberColumn(values.name()).getDouble(0);
    }

    /** The rows at the coordinates (possibly several); throws naming a coordinate that matches no row. */
    public static Table where(Table table, Object... coordinates) {
        check(table, coordinates);
        List<Integer> kept = new ArrayList<>();
        for (int row = 0; row < table.rowCount(); row++) {
            kept.add(row);
        }
        for (int c = 0; c < coordinates.length; c += 2) {
            Column<?> column = column(table, (String) coordinates[c]);
            Object wanted = coordinates[c + 1];
            List<Integer> next = new ArrayList<>();
            for (int row : kept) {
                if (matches(column, row, wanted)) {
                    next.add(row);
                }
            }
            if (next.isEmpty()) {
                throw new IllegalArgumentException("no row of table '" + table.name() + "' has " + column.name() + " = "
                        + wanted + (c > 0 ? " together with " + describe(java.util.Arrays.copyOf(coordinates, c)) : "")
                        + "; " + column.name() + " takes the values " + distinct(column, kept));
            }
            kept = next;
        }
        return table.rows(kept.stream().mapToInt(Integer::intValue).toArray());
    }

    /**
     * The median of {@code metric} for each pair (row key, column key): one row per value of
     * {@code rowKey} (in order of appearance), one column per value of {@code columnKey}, NaN where a
     * pair has no row.
     */
    public static Table pivot(Table table, String rowKey, String columnKey, String metric) {
        Column<?> rows = column(table, rowKey);
        Column<?> columns = column(table, columnKey);
        NumericColumn<?> values = numeric(table, metric);
        Map<String, Map<String, List<Double>>> cells = new LinkedHashMap<>();
        Set<String> columnValues = new LinkedHashSet<>();
        for (int row = 0; row < table.rowCount(); row++) {
            String c = columns.getString(row);
            columnValues.add(c);
            cells.computeIfAbsent(rows.getString(row), k -> new LinkedHashMap<>())
                    .computeIfAbsent(c, k -> new ArrayList<>()).add(values.getDouble(row));
        }
        Table pivot = Table.create(metric + " by " + rowKey + " and " + columnKey, StringColumn.create(rowKey));
        for (String c : columnValues) {
            pivot.addColumns(DoubleColumn.create(c));
        }
        for (Map.Entry<String, Map<String, List<Double>>> entry : cells.entrySet()) {
            pivot.stringColumn(rowKey).append(entry.getKey());
            for (String c : columnValues) {
                List<Double> cell = entry.getValue().get(c);
                pivot.doubleColumn(c).append(cell == null ? Double.NaN : median(cell));
            }
        }
        return pivot;
    }

    /**
     * The median of {@code metric} per group of the key columns (in order of first appearance): the key
     * columns, {@code count} and {@code median_<metric>}.
     */
    public static Table medians(Table table, String metric, String... keys) {
        return medians(table, List.of(metric), keys);
    }

    /**
     * The medians of several metrics per group of the key columns (in order of first appearance): the key
     * columns, {@code count} and one {@code median_<metric>} column per metric, in the order given.
     */
    public static Table medians(Table table, List<String> metrics, String... keys) {
        if (metrics == null || metrics.isEmpty()) {
            throw new IllegalArgumentException("metrics must name at least one numeric column");
        }
        List<NumericColumn<?>> values = new ArrayList<>();
        for (String metric : metrics) {
            values.add(numeric(table, metric));
        }
        if (keys == null || keys.length == 0) {
            throw new IllegalArgumentException("keys must name at least one column to group by");
        }
        List<Column<?>> keyColumns = new ArrayList<>();
        for (String key : keys) {
            keyColumns.add(column(table, key));
        }
        Map<List<String>, List<Integer>> groups = new LinkedHashMap<>();
        for (int row = 0; row < table.rowCount(); row++) {
            List<String> group = new ArrayList<>();
            for (Column<?> key : keyColumns) {
                group.add(key.getString(row));
            }
            groups.computeIfAbsent(group, k -> new ArrayList<>()).add(row);
        }
        Table firsts = table.rows(groups.values().stream().mapToInt(rows -> rows.get(0)).toArray()).selectColumns(keys);
        IntColumn count = IntColumn.create("count");
        groups.values().forEach(rows -> count.append(rows.size()));
        firsts.addColumns(count);
        for (NumericColumn<?> metric : values) {
            DoubleColumn median = DoubleColumn.create("median_" + metric.name());
            for (List<Integer> rows : groups.values()) {
                List<Double> cell = new ArrayList<>();
                for (int row : rows) {
                    cell.add(metric.getDouble(row));
                }
                median.append(median(cell));
            }
            firsts.addColumns(median);
        }
        firsts.setName("median " + String.join(", ", metrics) + " by " + String.join(", ", keys));
        return firsts;
    }

    private static double median(List<Double> values) {
        return Median.of(values.stream().mapToDouble(Double::doubleValue).toArray());
    }

    private static boolean matches(Column<?> column, int row, Object wanted) {
        if (column instanceof NumericColumn<?> numeric) {
            return wanted instanceof Number number && !numeric.isMissing(row) && numeric.getDouble(row) == number.doubleValue();
        }
        return String.valueOf(wanted).equals(column.getString(row));
    }

    private static String distinct(Column<?> column, List<Integer> rows) {
        Set<String> values = new LinkedHashSet<>();
        for (int row : rows) {
            values.add(column.getString(row));
        }
        return values.toString();
    }

    private static void check(Table table, Object[] coordinates) {
        if (table == null) {
            throw new IllegalArgumentException("table must not be null");
        }
        if (coordinates == null || coordinates.length % 2 != 0) {
            throw new IllegalArgumentException("coordinates must be (column, value) pairs, got "
                    + (coordinates == null ? "null" : coordinates.length + " arguments"));
        }
        for (int c = 0; c < coordinates.length; c += 2) {
            if (!(coordinates[c] instanceof String)) {
                throw new IllegalArgumentException("coordinate " + (c / 2 + 1) + " must start with a column name, got " + coordinates[c]);
            }
        }
    }

    private static Column<?> column(Table table, String name) {
        if (table == null) {
            throw new IllegalArgumentException("table must not be null");
        }
        if (name == null || !table.containsColumn(name)) {
            throw new IllegalArgumentException("table '" + table.name() + "' has no column '" + name + "'; its columns: "
                    + table.columnNames());
        }
        return table.column(name);
    }

    private static NumericColumn<?> numeric(Table table, String name) {
        Column<?> column = column(table, name);
        if (!(column instanceof NumericColumn<?> numeric)) {
            throw new IllegalArgumentException("column '" + name + "' of table '" + table.name() + "' must be numeric, it is "
                    + column.type().name());
        }
        return numeric;
    }

    private static String describe(Object[] coordinates) {
        StringBuilder text = new StringBuilder();
        for (int c = 0; c + 1 < coordinates.length; c += 2) {
            text.append(c == 0 ? "" : ", ").append(coordinates[c]).append(" = ").append(coordinates[c + 1]);
        }
        return text.length() == 0 ? "(no coordinates)" : text.toString();
    }
}
