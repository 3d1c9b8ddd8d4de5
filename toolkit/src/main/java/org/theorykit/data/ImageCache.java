package org.theorykit.data;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

/**
 * The converted form of a dataset under {@code data/cache/}: one file, little-endian header
 * (magic {@code TKIMAGES}, format version, the 64-hex-digit fingerprint of the sources, pixels per
 * image, train count, test count) followed by the train pixels (uint8, row-major), train labels,
 * test pixels, test labels. Written to a temporary file and moved into place atomically; a file
 * that is truncated, of another format or of other sources is ignored (and rewritten).
 */
final class ImageCache {

    private static final byte[] MAGIC = "TKIMAGES".getBytes(StandardCharsets.US_ASCII);
    private static final int VERSION = 1;
    private static final int HEADER_BYTES = MAGIC.length + 4 + 64 + 3 * 4;

    private ImageCache() {
    }

    /** The cached splits {train, test} if {@code file} is a complete cache of the sources {@code fingerprint}, else null. */
    static ImageSet[] read(Path file, String fingerprint) {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = channel.size();
            if (size < HEADER_BYTES) {
                return null;
            }
            ByteBuffer header = ByteBuffer.allocate(HEADER_BYTES).order(ByteOrder.LITTLE_ENDIAN);
            readFully(channel, header);
            header.flip();
            byte[] magic = new byte[MAGIC.length];
            byte[] stored = new byte[64];
            header.get(magic);
            int version = header.getInt();
            header.get(stored);
            if (!Arrays.equals(magic, MAGIC) || version != VERSION
                    || !new String(stored, StandardCharsets.US_ASCII).equals(fingerprint)) {
                return null;
            }
            int pixelsPerImage = header.getInt();
            int train = header.getInt();
            int test = header.getInt();
            long expected = HEADER_BYTES + (long) (train + test) * (pixelsPerImage + 1);
            if (pixelsPerImage < 1 || train < 0 || test < 0 || size != expected) {
                return null;
            }
            return new ImageSet[] {readSplit(channel, train, pixelsPerImage), readSplit(channel, test, pixelsPerImage)};
        } catch (NoSuchFileException | IllegalArgumentException e) {
            return null;  // no cache yet, or one with labels out of range: convert again
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the dataset cache " + file, e);
        }
    }

    /** Writes {@code train} and {@code test} to {@code file} atomically. */
    static void write(Path file, String fingerprint, ImageSet train, ImageSet test) {
        if (fingerprint.length() != 64) {
            throw new IllegalArgumentException("fingerprint must be 64 hex digits, got '" + fingerprint + "'");
        }
        try {
            Files.createDirectories(file.getParent());
            Path tmp = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
            try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                ByteBuffer header = ByteBuffer.allocate(HEADER_BYTES).order(ByteOrder.LITTLE_ENDIAN);
                header.put(MAGIC).putInt(VERSION).put(fingerprint.getBytes(StandardCharsets.US_ASCII))
                        .putInt(train.pixelsPerImage()).putInt(train.size()).putInt(test.size()).flip();
                writeFully(channel, header);
                for (ImageSet split : new ImageSet[] {train, test}) {
                    writeFully(channel, ByteBuffer.wrap(split.rawPixels()));
                    writeFully(channel, ByteBuffer.wrap(split.rawLabels()));
                }
                channel.force(true);
            } catch (IOException | RuntimeException e) {
                Files.deleteIfExists(tmp);
                throw e;
            }
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the dataset cache " + file, e);
        }
    }

    private static ImageSet readSplit(FileChannel channel, int count, int pixelsPerImage) throws IOException {
        ByteBuffer pixels = ByteBuffer.allocate(count * pixelsPerImage);
        ByteBuffer labels = ByteBuffer.allocate(count);
        readFully(channel, pixels);
        readFully(channel, labels);
        return new ImageSet(pixels.array(), labels.array(), pixelsPerImage);
    }

    private static void readFully(FileChannel channel, ByteBuffer buffer) throws IOException {
        while (buffer.hasRemaining()) {
            if (channel.read(buffer) < 0) {
                throw new IOException("unexpected end of file");
            }
        }
    }

    private static void writeFully(FileChannel channel, ByteBuffer buffer) throws IOException {
        while (buffer.hasRemaining()) {
            channel.write(buffer);
        }
    }
}
