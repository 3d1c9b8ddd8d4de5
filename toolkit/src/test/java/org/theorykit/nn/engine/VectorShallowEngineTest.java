package org.theorykit.nn.engine;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.theorykit.nn.Activation;
import org.theorykit.nn.Dataset;
import org.theorykit.nn.LeakyRelu;
import org.theorykit.nn.Loss;
import org.theorykit.nn.Model;
import org.theorykit.nn.ShallowNet;

/**
 * {@link VectorShallowEngine}: inputs padded to MAX_INPUTS (1, 3, 8), hidden sizes that do and do not
 * fill the last vector of lanes (5, 37, 1000), batches within one chunk and across chunks, ReLU and
 * leaky ReLU with slopes below 0, in (0, 1) and above 1 (σ is a blend, not a max), two losses.
 */
class VectorShallowEngineTest extends EngineContract {

    @Test
    void theTestsRunWithTheVectorApi() {
        assertTrue(VectorApi.available(), "the tests run with --add-modules jdk.incubator.vector");
    }

    @Override
    List<Case> cases() {
        Random random = new Random(12);
        List<Case> cases = new ArrayList<>();
        for (int inputs : new int[] {1, 3, VectorShallowEngine.MAX_INPUTS}) {
            Dataset data = gaussianData(150, inputs, random);
            for (int hidden : new int[] {5, 37, 1000}) {
                for (Activation act : List.of(Activation.relu(), Activation.leakyRelu(0.2), Activation.leakyRelu(-0.5),
                        Activation.leakyRelu(1.5))) {
                    boolean margin = cases.size() % 2 == 1;
                    cases.add(new Case(inputs + "-" + hidden + " " + act.name() + (margin ? " logistic" : " squared"),
                            ShallowNet.of(inputs, hidden, 1, act), margin ? Loss.logistic() : Loss.squared(),
                            margin ? signs(data) : data));
                }
            }
        }
        return cases;
    }

    @Override
    BatchEngine batchEngine(Model model, int chunkElements) {
        ShallowNet net = (ShallowNet) model;
        return VectorShallowEngine.create(net.inputDimension(), net.hiddenUnits(), (LeakyRelu) net.activation());
    }
}
