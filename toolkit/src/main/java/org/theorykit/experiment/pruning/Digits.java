package org.theorykit.experiment.pruning;

import org.theorykit.Seeds;
import org.theorykit.data.ImageDataset;
import org.theorykit.data.ImageSet;
import org.theorykit.data.ImageSource;
import org.theorykit.experiment.Params;
import org.theorykit.experiment.Workspace;
import org.theorykit.nn.Dataset;

/**
 * The image splits of lecture 6: n training images and a disjoint validation set drawn from the training
 * split, and a test subset, labels as class indices; parameters {@code dataset}, {@code n},
 * {@code validation}, {@code test}. Validation and test labels are always the true ones.
 */
record Digits(Dataset train, Dataset validation, Dataset test) {

    static Digits load(Params params, long seed) {
        return load(params, seed, 0);
    }

    /** The same, with a fraction {@code noise} of the training labels replaced by a different class. */
    static Digits load(Params params, long seed, double noise) {
        ImageDataset data = ImageDataset.load(ImageSource.named(params.getString("dataset")), Workspace.dataDirectory());
        int n = params.getInt("n");
        int validation = params.getInt("validation");
        if (n + validation > data.train().size()) {
            throw new IllegalArgumentException("parameters 'n' + 'validation' must be at most " + data.train().size()
                    + " (the training split of " + params.getString("dataset") + "), got " + (n + validation));
        }
        ImageSet drawn = data.train().subsample(n + validation, Seeds.derive(seed, "train"));
        int[] first = new int[n];
        int[] rest = new int[validation];
        for (int i = 0; i < n + validation; i++) {
            if (i < n) {
                first[i] = i;
            } else {
                rest[i - n] = i;
            }
        }
        ImageSet test = data.test().subsample(Math.min(params.getInt("test"), data.test().size()), Seeds.derive(seed, "test"));
        return new Digits(dataset(drawn.select(first).withLabelNoise(noise, Seeds.derive(seed, "label noise"))), dataset(drawn.select(rest)), dataset(test));
    }

    static Dataset dataset(ImageSet images) {
        int[] labels = images.labels();
        double[] y = new double[labels.length];
        for (int i = 0; i < y.length; i++) {
            y[i] = labels[i];
        }
        return Dataset.of(images.pixels(), y);
    }
}
