package org.theorykit.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class ResultCacheTest {

    private static final String KEY = "0123456789abcdef";
    private static final String IDENTITY = "squares|0.1.0+test|points=3|{x=1}";

    @TempDir
    Path dir;

    private final List<String> warnings = new ArrayList<>();

    private ResultCache cache() {
        return new ResultCache(dir, warnings::add);
    }

    private static Table table() {
        return Table.create("t", IntColumn.create("x", 1, 2, 3), DoubleColumn.create("square", 1.0, 4.0, 9.0),
                StringColumn.create("scale", "smoke", "smoke", "smoke"));
    }

    /** Ways a cached CSV gets damaged: each rewrites the text of the CSV. */
    enum Corruption {
        EMPTY(csv -> ""),
        HEADER_ONLY(csv -> csv.substring(0, csv.indexOf('\n') + 1)),
        DUPLICATED_ROW(csv -> csv + csv.substring(csv.indexOf('\n') + 1, csv.indexOf('\n', csv.indexOf('\n') + 1) + 1)),
        ROW_CUT_SHORT(csv -> csv.substring(0, csv.lastIndexOf(',')) + "\n"),
        WORD_IN_NUMERIC_CELL(csv -> csv.replace("4.0", "four")),
        ALTERED_VALUE(csv -> csv.replace("9.0", "9.5")),
        RANDOM_BYTES(csv -> {
            byte[] noise = new byte[200];
            new Random(1).nextBytes(noise);
            return new String(noise, StandardCharsets.ISO_8859_1);
        });

        final UnaryOperator<String> damage;

        Corruption(UnaryOperator<String> damage) {
            this.damage = damage;
        }
    }

    @Test
    void writeThenReadGivesTheSameTableAndNoWarning() {
        Table written = cache().write(KEY, IDENTITY, table());
        Optional<Table> read = cache().read(KEY, IDENTITY);
        assertTrue(read.isPresent());
        assertEquals(written.printAll(), read.get().printAll());
        assertEquals(table().printAll(), read.get().setName("t").printAll());
        assertEquals(List.of(), warnings);
    }

    @Test
    void absentEntryIsASilentMiss() {
        assertTrue(cache().read(KEY, IDENTITY).isEmpty());
        assertEquals(List.of(), warnings);
    }

    @ParameterizedTest
    @EnumSource(Corruption.class)
    void damagedCsvIsAMissNamingTheFileAndTheChecksum(Corruption corruption) throws Exception {
        cache().write(KEY, IDENTITY, table());
        Path csv = dir.resolve(KEY + ".csv");
        Files.writeString(csv, corruption.damage.apply(Files.readString(csv)), StandardCharsets.ISO_8859_1);
        assertTrue(cache().read(KEY, IDENTITY).isEmpty());
        assertEquals(1, warnings.size());
        assertTrue(warnings.get(0).contains(csv.toString()) && warnings.get(0).contains("SHA-256"), warnings.get(0));
    }

    /** With the checksum forged to match, the parse, column and row-count checks still catch every kind. */
    @ParameterizedTest
    @EnumSource(value = Corruption.class, names = "ALTERED_VALUE", mode = EnumSource.Mode.EXCLUDE)
    void damagedCsvWithAForgedChecksumIsStillAMiss(Corruption corruption) throws Exception {
        cache().write(KEY, IDENTITY, table());
        Path csv = dir.resolve(KEY + ".csv");
        Files.writeString(csv, corruption.damage.apply(Files.readString(csv)), StandardCharsets.ISO_8859_1);
        forgeChecksum(csv);
        assertTrue(cache().read(KEY, IDENTITY).isEmpty(), corruption.name());
        assertEquals(1, warnings.size());
        String warning = warnings.get(0);
        assertTrue(warning.contains(csv.toString()) && !warning.contains("SHA-256"), warning);
        assertTrue(warning.contains("rows") || warning.contains("columns") || warning.contains("parse"), warning);
    }

    @Test
    void garbledTypesInTheManifestAreAMissNamingTheType() throws Exception {
        cache().write(KEY, IDENTITY, table());
        Path manifest = dir.resolve(KEY + ".manifest");
        Files.writeString(manifest, Files.readString(manifest).replace("DOUBLE", "NOT"));
        assertTrue(cache().read(KEY, IDENTITY).isEmpty());
        assertTrue(warnings.get(0).contains("unknown column type 'NOT'") && warnings.get(0).contains(KEY + ".csv"),
                warnings.get(0));
    }

    @Test
    void missingOrTruncatedManifestIsAMiss() throws Exception {
        cache().write(KEY, IDENTITY, table());
        Path manifest = dir.resolve(KEY + ".manifest");
        String text = Files.readString(manifest);
        Files.writeString(manifest, text.substring(0, text.indexOf("rows=")));
        assertTrue(cache().read(KEY, IDENTITY).isEmpty());
        assertTrue(warnings.get(0).contains("no 'rows' line"), warnings.get(0));
        Files.delete(manifest);
        assertTrue(cache().read(KEY, IDENTITY).isEmpty());
        assertTrue(warnings.get(1).contains("no manifest"), warnings.get(1));
    }

    @Test
    void entryOfAnotherIdentityIsAMiss() {
        cache().write(KEY, IDENTITY, table());
        String other = IDENTITY.replace("0.1.0+test", "0.1.0+other");
        assertTrue(cache().read(KEY, other).isEmpty());
        assertTrue(warnings.get(0).contains("written for " + IDENTITY), warnings.get(0));
    }

    @Test
    void rewritingADamagedEntryRepairsIt() throws Exception {
        cache().write(KEY, IDENTITY, table());
        Files.writeString(dir.resolve(KEY + ".csv"), "");
        assertTrue(cache().read(KEY, IDENTITY).isEmpty());
        cache().write(KEY, IDENTITY, table());
        assertEquals(3, cache().read(KEY, IDENTITY).orElseThrow().rowCount());
    }

    private void forgeChecksum(Path csv) throws Exception {
        Path manifest = dir.resolve(KEY + ".manifest");
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(csv)));
        Files.writeString(manifest, Files.readString(manifest).replaceAll("sha256=[0-9a-f]+", "sha256=" + sha));
    }
}
