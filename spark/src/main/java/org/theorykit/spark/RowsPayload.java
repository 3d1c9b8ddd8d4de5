package org.theorykit.spark;

import java.io.Serializable;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * A point's raw rows on their way from an executor to the driver: column names, Tablesaw column
 * types and the values themselves (Java serialization keeps every double's bits), with what the
 * provenance needs from the executor: its OpenBLAS thread count and toolkit version.
 */
final class RowsPayload implements Serializable {

    private static final long serialVersionUID = 1L;

    private final int index;
    private final String name;
    private final String[] names;
    private final String[] types;
    private final Object[][] values;
    private final int blasThreads;
    private final String toolkitVersion;

    private RowsPayload(int index, String name, String[] names, String[] types, Object[][] values, int blasThreads,
                        String toolkitVersion) {
        this.index = index;
        this.name = name;
        this.names = names;
        this.types = types;
        this.values = values;
        this.blasThreads = blasThreads;
        this.toolkitVersion = toolkitVersion;
    }

    static RowsPayload of(int index, Table table, int blasThreads, String toolkitVersion) {
        int columns = table.columnCount();
        String[] names = new String[columns];
        String[] types = new String[columns];
        Object[][] values = new Object[columns][];
        for (int j = 0; j < columns; j++) {
            Column<?> column = table.column(j);
            names[j] = column.name();
            types[j] = column.type().name();
            values[j] = new Object[column.size()];
            for (int i = 0; i < column.size(); i++) {
                values[j][i] = column.isMissing(i) ? null : column.get(i);
            }
        }
        return new RowsPayload(index, table.name(), names, types, values, blasThreads, toolkitVersion);
    }

    int index() {
        return index;
    }

    int blasThreads() {
        return blasThreads;
    }

    String toolkitVersion() {
        return toolkitVersion;
    }

    /** The table the executor computed, column for column. */
    Table toTable() {
        Table table = Table.create(name);
        for (int j = 0; j < names.length; j++) {
            Column<?> column = ColumnType.valueOf(types[j]).create(names[j]);
            for (Object value : values[j]) {
                if (value == null) {
                    column.appendMissing();
                } else {
                    column.appendObj(value);
                }
            }
            table.addColumns(column);
        }
        return table;
    }
}
