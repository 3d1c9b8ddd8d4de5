package org.theorykit.data;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/**
 * Reader of gzipped IDX files (LeCun's MNIST format, also used by Fashion-MNIST): a big-endian
 * magic {@code 0x00000801} (labels, one dimension) or {@code 0x00000803} (images, three
 * dimensions), the dimensions as big-endian ints, then unsigned bytes.
 */
final class IdxFiles {

    private static final int LABELS_MAGIC = 0x00000801;
    private static final int IMAGES_MAGIC = 0x00000803;

    private IdxFiles() {
    }

    /** The pixels of an image file, image after image, with their count and size checked. */
    static byte[] readImages(String dataset, Path file, int expectedCount, int expectedPixels) {
        try (DataInputStream in = open(file)) {
            checkMagic(dataset, file, in.readInt(), IMAGES_MAGIC);
            int count = in.readInt();
            int rows = in.readInt();
            int cols = in.readInt();
            if (count != expectedCount || (long) rows * cols != expectedPixels) {
                throw new DatasetUnavailableException(dataset, file + " holds " + count + " images of " + rows + "×"
                        + cols + " pixels, expected " + expectedCount + " of " + expectedPixels + " pixels");
            }
            byte[] pixels = new byte[count * expectedPixels];
            in.readFully(pixels);
            return pixels;
        } catch (EOFException e) {
            throw new DatasetUnavailableException(dataset, file + " is truncated", e);
        } catch (IOException e) {
            throw new DatasetUnavailableException(dataset, file + " is unreadable (" + e.getMessage() + ")", e);
        }
    }

    /** The labels of a label file, with their count checked. */
    static byte[] readLabels(String dataset, Path file, int expectedCount) {
        try (DataInputStream in = open(file)) {
            checkMagic(dataset, file, in.readInt(), LABELS_MAGIC);
            int count = in.readInt();
            if (count != expectedCount) {
                throw new DatasetUnavailableException(dataset, file + " holds " + count + " labels, expected "
                        + expectedCount);
            }
            byte[] labels = new byte[count];
            in.readFully(labels);
            return labels;
        } catch (EOFException e) {
            throw new DatasetUnavailableException(dataset, file + " is truncated", e);
        } catch (IOException e) {
            throw new DatasetUnavailableException(dataset, file + " is unreadable (" + e.getMessage() + ")", e);
        }
    }

    private static DataInputStream open(Path file) throws IOException {
        InputStream raw = Files.newInputStream(file);
        try {
            return new DataInputStream(new GZIPInputStream(raw, 1 << 16));
        } catch (IOException e) {
            raw.close();
            throw e;
        }
    }

    private static void checkMagic(String dataset, Path file, int magic, int expected) {
        if (magic != expected) {
            throw new DatasetUnavailableException(dataset, file + " is not an IDX file of this kind: magic 0x"
                    + Integer.toHexString(magic) + ", expected 0x" + Integer.toHexString(expected));
        }
    }
}
