package org.theorykit.experiment.training;

import org.theorykit.Seeds;
import java.util.List;
import java.util.Map;
import org.theorykit.data.ImageDataset;
import org.theorykit.data.ImageSet;
import org.theorykit.data.ImageSource;
import org.theorykit.experiment.Experiment;
import org.theorykit.experiment.Grid;
import org.theorykit.experiment.Parameter;
import org.theorykit.experiment.ParameterType;
import org.theorykit.experiment.Params;
import org.theorykit.experiment.Workspace;
import org.theorykit.landscape.Margins;
import org.theorykit.nn.Activation;
import org.theorykit.nn.Dataset;
import org.theorykit.nn.Loss;
import org.theorykit.nn.ShallowNet;
import org.theorykit.nn.SupervisedObjective;
import org.theorykit.optim.Optimizers;
import org.theorykit.optim.Status;
import org.theorykit.optim.StopRules;
import org.theorykit.optim.TrainingResult;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;

/**
 * The non-overfitting puzzle at fixed data (Poggio et al., Theory III, arXiv:1801.00173, §1 and
 * Fig. 1): one-hidden-layer ReLU nets of growing width on the same n images, softmax cross-entropy,
 * Adam for a fixed number of epochs. Per width: training and test classification error, training and
 * test cross-entropy, the mean test margin f_y − max_{j≠y} f_j and the mean logit scale ‖f‖.
 * Past interpolation (training error 0) the classification error need not rise while the test loss
 * can: the logits keep growing, which makes the misclassified test points ever more costly.
 */
public final class WidthAtFixedDataExperiment implements Experiment {

    @Override
    public String name() {
        return "width-at-fixed-data";
    }

    @Override
    public String description() {
        return "widen a ReLU net at fixed n on MNIST/Fashion-MNIST: train/test error and test cross-entropy per width";
    }

    @Override
    public List<Parameter> parameters() {
        return List.of(
                Parameter.fixed("dataset", ParameterType.STRING, "mnist or fashion-mnist", "mnist"),
                Parameter.perScale("n", ParameterType.INT, "training images", 200, 300, 2000).atLeast(10),
                Parameter.perScale("test", ParameterType.INT, "test images", 1000, 2000, 10000).atLeast(10),
                Parameter.perScale("widths", ParameterType.INT_LIST, "hidden widths", List.of(4, 16, 64),
                        List.of(4, 16, 64, 256), List.of(2, 4, 8, 16, 32, 64, 128, 256, 512, 1024)).atLeast(1),
                Parameter.fixed("lr", ParameterType.DOUBLE, "Adam learning rate", 1e-3).atLeast(1e-9),
                Parameter.fixed("batch", ParameterType.INT, "minibatch size", 50).atLeast(1),
                Parameter.perScale("epochs", ParameterType.INT, "training epochs", 40, 60, 300).atLeast(1),
                Parameter.perScale("seeds", ParameterType.INT, "seeds per width", 1, 1, 3).atLeast(1),
                Parameter.fixed("seed", ParameterType.LONG, "first seed (data subsample, init, batches)", 1L));
    }

    @Override
    public List<Map<String, Object>> points(Params params) {
        ImageSource.named(params.getString("dataset"));
        return Grid.of("seed", params.seeds()).by("width", params.getIntList("widths")).points();
    }

    @Override
    public Table runPoint(Params params, Map<String, Object> point) {
        long seed = (Long) point.get("seed");
        int width = (Integer) point.get("width");
        ImageDataset images = ImageDataset.load(ImageSource.named(params.getString("dataset")), Workspace.dataDirectory());
        Dataset train = dataset(images.train().subsample(params.getInt("n"), Seeds.derive(seed, "train")));
        Dataset test = dataset(images.test().subsample(Math.min(params.getInt("test"), images.test().size()), Seeds.derive(seed, "test")));
        ShallowNet net = ShallowNet.of(train.inputDimension(), width, ImageSet.CLASSES, Activation.relu());
        SupervisedObjective trainObjective = new SupervisedObjective(net, Loss.softmaxCrossEntropy(), train);
        SupervisedObjective testObjective = new SupervisedObjective(net, Loss.softmaxCrossEntropy(), test);
        TrainingResult result = Optimizers.adam(params.getDouble("lr")).batchSize(params.getInt("batch")).seed(Seeds.derive(seed, "batches"))
                .train(trainObjective, net.initialParameters(Seeds.derive(seed, "init")), StopRules.maxEpochs(params.getInt("epochs")));
        if (result.status() == Status.DIVERGED || result.status() == Status.INTERRUPTED) {
            throw new IllegalStateException("width " + width + ": " + result);
        }
        double[] theta = result.theta();
        Margins testMargins = Margins.of(net, theta, test);
        double[] f = testObjective.outputs(theta);
        double scale = 0;
        for (double v : f) {
            scale += v * v;
        }
        return Table.create(name(), IntColumn.create("parameters", new int[] {net.parameterCount()}),
                DoubleColumn.create("train_error", 1 - Margins.of(net, theta, train).accuracy()),
                DoubleColumn.create("test_error", 1 - testMargins.accuracy()),
                DoubleColumn.create("train_loss", trainObjective.loss(theta)),
                DoubleColumn.create("test_loss", testObjective.loss(theta)),
                DoubleColumn.create("test_margin_mean", testMargins.mean()),
                DoubleColumn.create("logit_scale", Math.sqrt(scale / test.size())));
    }

    private static Dataset dataset(ImageSet images) {
        int[] labels = images.labels();
        double[] y = new double[labels.length];
        for (int i = 0; i < y.length; i++) {
            y[i] = labels[i];
        }
        return Dataset.of(images.pixels(), y);
    }
}
