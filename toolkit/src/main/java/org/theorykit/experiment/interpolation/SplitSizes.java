package org.theorykit.experiment.interpolation;

import org.theorykit.data.ImageSource;
import org.theorykit.experiment.Params;

/**
 * Up-front checks of an image experiment's sizes against its dataset's splits, made before any point
 * runs: more training images than the split holds is an error naming the parameter; a test size above
 * the test split is a documented adjustment (the whole split is used), printed once per run.
 */
final class SplitSizes {

    private SplitSizes() {
    }

    /**
     * Checks parameter 'dataset', that {@code n} images (parameter {@code nName}) fit its training
     * split, and says on standard error when parameter 'test' exceeds its test split.
     */
    static void check(Params params, String experiment, String nName, int n) {
        ImageSource source = ImageSource.named(params.getString("dataset"));
        if (n > source.trainSize()) {
            throw new IllegalArgumentException("parameter '" + nName + "' must be at most " + source.trainSize()
                    + " (the training split of " + source.directory() + "), got " + n);
        }
        int test = params.getInt("test");
        if (test > source.testSize()) {
            System.err.println(experiment + ": test = " + test + " is more than the " + source.testSize()
                    + " test images of " + source.directory() + "; the whole test split is used");
        }
    }
}
