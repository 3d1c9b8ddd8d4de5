package org.theorykit.nn.engine;

import java.util.List;
import java.util.Random;
import org.theorykit.nn.Activation;
import org.theorykit.nn.DeepMlp;
import org.theorykit.nn.GenericEngine;
import org.theorykit.nn.Loss;
import org.theorykit.nn.Model;
import org.theorykit.nn.ShallowNet;
import org.theorykit.nn.SupervisedObjective;
import org.theorykit.nn.TreeNet;
import org.theorykit.objective.HessianVectorProduct;

/**
 * The engines as the models get them from {@link Engines} and as {@link SupervisedObjective} uses them:
 * a shallow ReLU net whose long batches cross from the Vector API engine to the BLAS engine, shallow nets
 * on the BLAS and chain engines, a tree, an MLP; Hessian-vector products and outputs through the objective.
 */
class ChosenEngineTest extends EngineContract {

    @Override
    List<Case> cases() {
        Random random = new Random(14);
        return List.of(
                new Case("shallow 8-1000-1 relu", ShallowNet.of(8, 1000, 1, Activation.relu()), Loss.squared(),
                        gaussianData(150, 8, random)),
                new Case("shallow 9-20-1 relu", ShallowNet.of(9, 20, 1, Activation.relu()), Loss.squared(),
                        gaussianData(60, 9, random)),
                new Case("shallow 8-20-2 tanh", ShallowNet.of(8, 20, 2, Activation.tanh()), Loss.softmaxCrossEntropy(),
                        classes(gaussianData(60, 8, random), 2)),
                new Case("tree", TreeNet.binary(3, 6, Activation.softplus()), Loss.squared(), gaussianData(80, 8, random)),
                new Case("mlp", DeepMlp.of(new int[] {5, 12, 7, 1}, Activation.sigmoid()), Loss.logistic(),
                        signs(gaussianData(60, 5, random))));
    }

    @Override
    BatchEngine batchEngine(Model model, int chunkElements) {
        return GenericEngine.chosenEngine(model);
    }

    @Override
    HessianVectorProduct hessian(Case c, double[] theta, int chunkElements) {
        return new SupervisedObjective(c.model(), c.loss(), c.data()).hessianAt(theta);
    }

    @Override
    double[] outputs(Case c, double[] theta, int chunkElements) {
        return new SupervisedObjective(c.model(), c.loss(), c.data()).outputs(theta);
    }
}
