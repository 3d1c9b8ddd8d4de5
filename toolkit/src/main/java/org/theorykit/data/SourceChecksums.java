package org.theorykit.data;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code SHA256SUMS} file that the set-up ({@code environment/datasets.sh}) writes next to a
 * dataset's source files after checking them against the sums it records; the loaders check the
 * files again before converting them, so a file changed since the set-up is never read.
 */
final class SourceChecksums {

    static final String FILE_NAME = "SHA256SUMS";

    private SourceChecksums() {
    }

    /**
     * Checks that {@code directory/SHA256SUMS} lists every one of {@code files} and that each
     * file has its listed sum; returns the SHA-256 of the SHA256SUMS file (a fingerprint of the sources).
     */
    static String verify(String dataset, Path directory, List<String> files) {
        Path sumsFile = directory.resolve(FILE_NAME);
        Map<String, String> sums = read(dataset, sumsFile);
        for (String file : files) {
            String expected = sums.get(file);
            if (expected == null) {
                throw new DatasetUnavailableException(dataset, sumsFile + " lists no checksum for " + file);
            }
            Path path = directory.resolve(file);
            String actual = sha256(dataset, path);
            if (!actual.equals(expected)) {
                throw new DatasetUnavailableException(dataset, path + " is corrupt: SHA-256 " + actual
                        + ", expected " + expected);
            }
        }
        return sha256(dataset, sumsFile);
    }

    private static Map<String, String> read(String dataset, Path sumsFile) {
        List<String> lines;
        try {
            lines = Files.readAllLines(sumsFile);
        } catch (NoSuchFileException e) {
            throw new DatasetUnavailableException(dataset, sumsFile + " is missing (the set-up writes it)", e);
        } catch (IOException e) {
            throw new DatasetUnavailableException(dataset, "cannot read " + sumsFile + ": " + e.getMessage(), e);
        }
        Map<String, String> sums = new LinkedHashMap<>();
        for (String line : lines) {
            String[] parts = line.trim().split("\\s+\\*?", 2);
            if (parts.length == 2 && parts[0].length() == 64) {
                sums.put(parts[1], parts[0].toLowerCase());
            }
        }
        return sums;
    }

    static String sha256(String dataset, Path path) {
        try (InputStream in = Files.newInputStream(path)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            for (int read; (read = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, read);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchFileException e) {
            throw new DatasetUnavailableException(dataset, path + " is missing", e);
        } catch (IOException e) {
            throw new DatasetUnavailableException(dataset, "cannot read " + path + ": " + e.getMessage(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this JDK has no SHA-256", e);
        }
    }
}
