package org.theorykit.data;

import java.util.Arrays;
import org.theorykit.Arguments;
import org.theorykit.Seeds;
import java.util.SplittableRandom;

/**
 * One split of a labelled image dataset: {@code size()} images of {@code pixelsPerImage()} pixels,
 * stored compactly as unsigned bytes (grey level 0–255, row-major) and handed out as doubles in
 * [0, 1], with labels 0–9.
 */
public final class ImageSet {

    /** Number of classes of MNIST and Fashion-MNIST. */
    public static final int CLASSES = 10;

    private final byte[] pixels;
    private final byte[] labels;
    private final int pixelsPerImage;

    /**
     * @param pixels         {@code labels.length × pixelsPerImage} grey levels, image after image
     * @param labels         class of each image, 0–9
     * @param pixelsPerImage pixels of one image (784 for 28×28)
     */
    public ImageSet(byte[] pixels, byte[] labels, int pixelsPerImage) {
        Arguments.notNull("pixels", pixels);
        Arguments.notNull("labels", labels);
        if (pixelsPerImage < 1) {
            throw new IllegalArgumentException("pixelsPerImage must be >= 1, got " + pixelsPerImage);
        }
        if (pixels.length != (long) labels.length * pixelsPerImage) {
            throw new IllegalArgumentException("pixels must hold labels.length × pixelsPerImage = "
                    + (long) labels.length * pixelsPerImage + " values, got " + pixels.length);
        }
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] < 0 || labels[i] >= CLASSES) {
                throw new IllegalArgumentException("labels[" + i + "] must be in 0–9, got " + labels[i]);
            }
        }
        this.pixels = pixels;
        this.labels = labels;
        this.pixelsPerImage = pixelsPerImage;
    }

    public int size() {
        return labels.length;
    }

    public int pixelsPerImage() {
        return pixelsPerImage;
    }

    /** The images as an {@code size() × pixelsPerImage()} array of grey levels in [0, 1]. */
    public double[][] pixels() {
        double[][] x = new double[size()][pixelsPerImage];
        for (int i = 0, k = 0; i < x.length; i++) {
            double[] row = x[i];
            for (int j = 0; j < pixelsPerImage; j++) {
                row[j] = (pixels[k++] & 0xFF) / 255.0;
            }
        }
        return x;
    }

    /** The labels, 0–9. */
    public int[] labels() {
        int[] y = new int[size()];
        for (int i = 0; i < y.length; i++) {
            y[i] = labels[i];
        }
        return y;
    }

    /** The labels one-hot encoded: row i is the unit vector e_{label(i)} of R^10. */
    public double[][] oneHot() {
        return oneHot(labels());
    }

    /** One-hot encoding of labels 0–9. */
    public static double[][] oneHot(int[] labels) {
        Arguments.notNull("labels", labels);
        double[][] y = new double[labels.length][CLASSES];
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] < 0 || labels[i] >= CLASSES) {
                throw new IllegalArgumentException("labels[" + i + "] must be in 0–9, got " + labels[i]);
            }
            y[i][labels[i]] = 1;
        }
        return y;
    }

    /** Images per class, index = label. */
    public int[] classCounts() {
        int[] counts = new int[CLASSES];
        for (byte label : labels) {
            counts[label]++;
        }
        return counts;
    }

    /** {@code n} images drawn without replacement, in random order; the same seed gives the same subset. */
    public ImageSet subsample(int n, long seed) {
        if (n < 0 || n > size()) {
            throw new IllegalArgumentException("n must be in 0.." + size() + " (the images of this split), got " + n);
        }
        int[] order = permutation(size(), seed);
        return select(Arrays.copyOf(order, n));
    }

    /**
     * A copy in which a fraction of the labels, chosen at random, is replaced by a different
     * class drawn uniformly (the label-noise of Zhang et al. 2017 and Nakkiran et al. 2019).
     */
    public ImageSet withLabelNoise(double fraction, long seed) {
        if (!(fraction >= 0 && fraction <= 1)) {
            throw new IllegalArgumentException("fraction must be in [0, 1], got " + fraction);
        }
        int[] order = permutation(size(), seed);
        SplittableRandom random = new SplittableRandom(Seeds.derive(seed, "noisy labels"));
        byte[] noisy = labels.clone();
        int flipped = (int) Math.round(fraction * size());
        for (int k = 0; k < flipped; k++) {
            int i = order[k];
            noisy[i] = (byte) ((labels[i] + 1 + random.nextInt(CLASSES - 1)) % CLASSES);
        }
        return new ImageSet(pixels, noisy, pixelsPerImage);
    }

    /**
     * A copy in which exactly {@code round(fraction · size())} images, chosen at random, get a fresh
     * label drawn uniformly from all ten classes — the corruption of Zhang et al. 2017
     * (arXiv:1611.03530, sec. 2): a re-drawn label equals the old one with probability 1/10, so about
     * 9/10 of the chosen labels change, and at fraction 1 the labels are independent of the images
     * (a classifier's expected test accuracy against the true labels is then exactly 1/10).
     * Use {@link #relabelled(double, long)} to see which images were chosen.
     */
    public ImageSet withRandomLabels(double fraction, long seed) {
        boolean[] chosen = relabelled(fraction, seed);
        SplittableRandom random = new SplittableRandom(Seeds.derive(seed, "fresh labels"));
        byte[] drawn = labels.clone();
        for (int i = 0; i < chosen.length; i++) {
            if (chosen[i]) {
                drawn[i] = (byte) random.nextInt(CLASSES);
            }
        }
        return new ImageSet(pixels, drawn, pixelsPerImage);
    }

    /** Which images {@link #withRandomLabels(double, long)} re-draws for this fraction and seed. */
    public boolean[] relabelled(double fraction, long seed) {
        if (!(fraction >= 0 && fraction <= 1)) {
            throw new IllegalArgumentException("fraction must be in [0, 1], got " + fraction);
        }
        int[] order = permutation(size(), seed);
        boolean[] chosen = new boolean[size()];
        int count = (int) Math.round(fraction * size());
        for (int k = 0; k < count; k++) {
            chosen[order[k]] = true;
        }
        return chosen;
    }

    /** The images at {@code indices}, in that order. */
    public ImageSet select(int[] indices) {
        byte[] x = new byte[indices.length * pixelsPerImage];
        byte[] y = new byte[indices.length];
        for (int k = 0; k < indices.length; k++) {
            int i = indices[k];
            if (i < 0 || i >= size()) {
                throw new IllegalArgumentException("indices[" + k + "] must be in 0.." + (size() - 1) + ", got " + i);
            }
            System.arraycopy(pixels, i * pixelsPerImage, x, k * pixelsPerImage, pixelsPerImage);
            y[k] = labels[i];
        }
        return new ImageSet(x, y, pixelsPerImage);
    }

    /** A uniformly random permutation of 0..n−1 (Fisher–Yates) from {@code seed}. */
    static int[] permutation(int n, long seed) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        return order;
    }

    byte[] rawPixels() {
        return pixels;
    }

    byte[] rawLabels() {
        return labels;
    }
}
