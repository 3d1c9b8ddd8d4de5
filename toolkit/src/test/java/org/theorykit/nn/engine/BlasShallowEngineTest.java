package org.theorykit.nn.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.theorykit.nn.Activation;
import org.theorykit.nn.Dataset;
import org.theorykit.nn.Loss;
import org.theorykit.nn.Model;
import org.theorykit.nn.ShallowNet;

/**
 * {@link BlasShallowEngine}: every activation with three losses; the Java forward pass in blocks of
 * BLOCK examples and tiles of TILE units (a ragged last tile, hidden = TILE + 44, and a layer smaller
 * than a tile; input counts padded to a multiple of four up to JAVA_FORWARD_MAX_INPUTS); the GEMM
 * forward pass above that; rows split between two threads (3 inputs, 1000 units).
 */
class BlasShallowEngineTest extends EngineContract {

    @Override
    List<Case> cases() {
        return shallowCases();
    }

    static List<Case> shallowCases() {
        Random random = new Random(11);
        List<Case> cases = new ArrayList<>();
        Dataset four = gaussianData(50, 4, random);
        for (Activation act : DenseChainEngineTest.ACTIVATIONS) {
            ShallowNet net = ShallowNet.of(4, 9, 1, act);
            cases.add(new Case(act.name() + " squared", net, Loss.squared(), four));
            cases.add(new Case(act.name() + " logistic", net, Loss.logistic(), signs(four)));
            cases.add(new Case(act.name() + " hinge", net, Loss.hinge(), signs(four)));
        }
        for (int hidden : new int[] {BlasShallowEngine.TILE + 44, 37}) {
            for (int inputs : new int[] {6, 8, 13, Engines.JAVA_FORWARD_MAX_INPUTS}) {
                Dataset data = gaussianData(90, inputs, random);
                for (Activation act : List.of(Activation.leakyRelu(0.2), Activation.tanh())) {
                    cases.add(new Case(inputs + "-" + hidden + " " + act.name(), ShallowNet.of(inputs, hidden, 1, act),
                            Loss.squared(), data));
                }
            }
        }
        int wide = Engines.JAVA_FORWARD_MAX_INPUTS + 3;
        cases.add(new Case("GEMM forward", ShallowNet.of(wide, 9, 1, Activation.softplus()), Loss.squared(),
                gaussianData(40, wide, random)));
        cases.add(new Case("two threads", ShallowNet.of(3, 1000, 1, Activation.relu()), Loss.squared(),
                gaussianData(150, 3, random)));
        return cases;
    }

    @Override
    BatchEngine batchEngine(Model model, int chunkElements) {
        ShallowNet net = (ShallowNet) model;
        return new BlasShallowEngine(net.inputDimension(), net.hiddenUnits(), net.activation(), chunkElements);
    }

    /** One row per chunk, three rows per chunk, and the production size. */
    @Override
    int[] chunkSizes(Model model) {
        int hidden = ((ShallowNet) model).hiddenUnits();
        return new int[] {hidden, 3 * hidden, Engines.CHUNK_ELEMENTS};
    }
}
