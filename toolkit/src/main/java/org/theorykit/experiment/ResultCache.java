package org.theorykit.experiment;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;
import tech.tablesaw.io.csv.CsvReadOptions;

/**
 * One directory of cached result tables. An entry is {@code <key>.csv} and its manifest
 * {@code <key>.manifest}: the identity the key was made from (experiment, toolkit version and source
 * fingerprint, parameters, point), the column names and types, the row count and the SHA-256 of the
 * CSV bytes. Both files are written to temporary files and moved into place, the manifest last, so an
 * interrupted run never leaves an entry that validates.
 *
 * <p>{@link #read} believes nothing it has not checked: a missing or garbled manifest, another
 * identity, a checksum mismatch, a CSV that does not parse with the recorded types, other columns or
 * another row count each make the entry a miss, and the warning sink is told which file was bad and
 * why, so the caller recomputes the point.
 */
public final class ResultCache {

    private final Path directory;
    private final Consumer<String> warnings;

    /** A cache in {@code directory} that reports damaged entries on standard error. */
    public ResultCache(Path directory) {
        this(directory, System.err::println);
    }

    /** A cache in {@code directory} that reports damaged entries to {@code warnings}. */
    public ResultCache(Path directory, Consumer<String> warnings) {
        this.directory = directory;
        this.warnings = warnings;
    }

    public Path directory() {
        return directory;
    }

    /** A short stable key for a text (SHA-256, first 16 hex digits). */
    public static String key(String text) {
        return sha256(text.getBytes(StandardCharsets.UTF_8)).substring(0, 16);
    }

    /**
     * The table stored under {@code key} for {@code identity}, if there is a valid entry; a damaged
     * one is reported to the warning sink and read as a miss.
     */
    public Optional<Table> read(String key, String identity) {
        Path csv = csv(key);
        Path manifest = manifest(key);
        boolean hasCsv = Files.exists(csv);
        boolean hasManifest = Files.exists(manifest);
        if (!hasCsv && !hasManifest) {
            return Optional.empty();
        }
        try {
            if (!hasManifest) {
                throw new DamagedEntry("it has no manifest " + manifest.getFileName());
            }
            if (!hasCsv) {
                throw new DamagedEntry("the CSV is missing next to its manifest " + manifest.getFileName());
            }
            return Optional.of(validated(key, identity, csv, Manifest.parse(Files.readString(manifest))));
        } catch (DamagedEntry | IOException e) {
            warnings.accept("theorykit: ignoring cached result " + csv + ": " + e.getMessage()
                    + "; the point is recomputed and the entry rewritten");
            return Optional.empty();
        }
    }

    /**
     * Stores {@code table} under {@code key} for {@code identity}, atomically, and returns it as
     * {@link #read} will give it back (the types and values a CSV round trip keeps).
     */
    public Table write(String key, String identity, Table table) {
        try {
            Files.createDirectories(directory);
            Path csvTmp = Files.createTempFile(directory, key, ".csv.tmp");
            table.write().csv(csvTmp.toFile());
            byte[] bytes = Files.readAllBytes(csvTmp);
            Manifest manifest = new Manifest(identity, table.columnNames(),
                    table.columns().stream().map(Column::type).map(ColumnType::name).toList(), table.rowCount(),
                    sha256(bytes));
            Path manifestTmp = Files.createTempFile(directory, key, ".manifest.tmp");
            Files.writeString(manifestTmp, manifest.text());
            Files.move(csvTmp, csv(key), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            Files.move(manifestTmp, manifest(key), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return validated(key, identity, csv(key), manifest);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write cached result under " + directory + ": " + e.getMessage()
                    + "; make the directory writable or point THEORYKIT_RESULTS at one that is", e);
        } catch (DamagedEntry e) {
            throw new IllegalStateException("cached result " + csv(key) + " does not read back: " + e.getMessage(), e);
        }
    }

    private Path csv(String key) {
        return directory.resolve(key + ".csv");
    }

    private Path manifest(String key) {
        return directory.resolve(key + ".manifest");
    }

    private static Table validated(String key, String identity, Path csv, Manifest manifest)
            throws IOException, DamagedEntry {
        if (!manifest.identity().equals(identity)) {
            throw new DamagedEntry("it was written for " + manifest.identity() + ", not for " + identity);
        }
        String checksum = sha256(Files.readAllBytes(csv));
        if (!checksum.equals(manifest.sha256())) {
            throw new DamagedEntry("its SHA-256 is " + checksum + ", the manifest recorded " + manifest.sha256()
                    + " (the file was altered or cut short)");
        }
        Table table;
        try {
            table = Table.read().usingOptions(CsvReadOptions.builder(csv.toFile())
                    .columnTypes(manifest.columnTypes()).tableName(key));
        } catch (RuntimeException e) {
            throw new DamagedEntry("it does not parse with the recorded column types (" + e.getMessage() + ")");
        }
        if (!table.columnNames().equals(manifest.columns())) {
            throw new DamagedEntry("its columns are " + table.columnNames() + ", the manifest recorded "
                    + manifest.columns());
        }
        if (table.rowCount() != manifest.rows()) {
            throw new DamagedEntry("it has " + table.rowCount() + " rows, the manifest recorded " + manifest.rows());
        }
        return table;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Why an entry cannot be believed. */
    private static final class DamagedEntry extends Exception {
        DamagedEntry(String message) {
            super(message);
        }
    }

    /** The manifest of one entry, as {@code key=value} lines. */
    private record Manifest(String identity, List<String> columns, List<String> types, int rows, String sha256) {

        String text() {
            return "identity=" + escape(identity) + "\ncolumns=" + escape(String.join("\u001f", columns))
                    + "\ntypes=" + String.join(",", types) + "\nrows=" + rows + "\nsha256=" + sha256 + "\n";
        }

        ColumnType[] columnTypes() throws DamagedEntry {
            ColumnType[] result = new ColumnType[types.size()];
            for (int i = 0; i < result.length; i++) {
                try {
                    result[i] = ColumnType.valueOf(types.get(i));
                } catch (RuntimeException e) {
                    throw new DamagedEntry("its manifest names the unknown column type '" + types.get(i) + "'");
                }
            }
            return result;
        }

        static Manifest parse(String text) throws DamagedEntry {
            Properties p = new Properties();
            try {
                p.load(new StringReader(text));
            } catch (IOException | IllegalArgumentException e) {
                throw new DamagedEntry("its manifest does not parse (" + e.getMessage() + ")");
            }
            for (String name : List.of("identity", "columns", "types", "rows", "sha256")) {
                if (p.getProperty(name) == null) {
                    throw new DamagedEntry("its manifest has no '" + name + "' line");
                }
            }
            List<String> columns = List.of(p.getProperty("columns").split("\u001f", -1));
            List<String> types = Stream.of(p.getProperty("types").split(",", -1)).collect(Collectors.toList());
            if (columns.size() != types.size()) {
                throw new DamagedEntry("its manifest lists " + columns.size() + " columns but " + types.size() + " types");
            }
            try {
                return new Manifest(p.getProperty("identity"), columns, types, Integer.parseInt(p.getProperty("rows")),
                        p.getProperty("sha256"));
            } catch (NumberFormatException e) {
                throw new DamagedEntry("its manifest's row count '" + p.getProperty("rows") + "' is not an integer");
            }
        }

        /** Escapes for {@link Properties#load}: backslashes and line breaks. */
        private static String escape(String value) {
            return value.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r");
        }
    }
}
