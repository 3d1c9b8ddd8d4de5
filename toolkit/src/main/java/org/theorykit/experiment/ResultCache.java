package org.theorykit.experiment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;
import tech.tablesaw.io.csv.CsvReadOptions;

/**
 * One directory of cached result tables, one CSV per key, written atomically (a temporary file
 * moved into place) so an interrupted run never leaves a half-written entry. Column types are
 * stored next to each CSV so a table reads back exactly as it was written.
 */
public final class ResultCache {

    private final Path directory;

    public ResultCache(Path directory) {
        this.directory = directory;
    }

    public Path directory() {
        return directory;
    }

    /** A short stable key for a text (SHA-256, first 16 hex digits). */
    public static String key(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The table stored under {@code key}, if any. */
    public Optional<Table> read(String key) {
        Path csv = directory.resolve(key + ".csv");
        Path types = directory.resolve(key + ".types");
        if (!Files.isRegularFile(csv) || !Files.isRegularFile(types)) {
            return Optional.empty();
        }
        try {
            ColumnType[] columnTypes = Stream.of(Files.readString(types).trim().split(","))
                    .map(ColumnType::valueOf).toArray(ColumnType[]::new);
            return Optional.of(Table.read().usingOptions(CsvReadOptions.builder(csv.toFile())
                    .columnTypes(columnTypes).tableName(key)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read cached result " + csv, e);
        }
    }

    /** Stores {@code table} under {@code key}, atomically. */
    public void write(String key, Table table) {
        try {
            Files.createDirectories(directory);
            String types = table.columns().stream().map(Column::type).map(ColumnType::name)
                    .collect(Collectors.joining(","));
            Path typesTmp = Files.createTempFile(directory, key, ".types.tmp");
            Files.writeString(typesTmp, types);
            Files.move(typesTmp, directory.resolve(key + ".types"), StandardCopyOption.ATOMIC_MOVE,
                    StandardCopyOption.REPLACE_EXISTING);
            Path csvTmp = Files.createTempFile(directory, key, ".csv.tmp");
            table.write().csv(csvTmp.toFile());
            Files.move(csvTmp, directory.resolve(key + ".csv"), StandardCopyOption.ATOMIC_MOVE,
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write cached result under " + directory, e);
        }
    }
}
