package org.theorykit.nn.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.theorykit.nn.Activation;
import org.theorykit.nn.Dataset;
import org.theorykit.nn.Loss;
import org.theorykit.nn.ShallowNet;

/** {@link BlasShallowOutputs}: one and several outputs, chunks of rows (3000 units: 87 rows a chunk). */
class BlasShallowOutputsTest extends EngineContract {

    @Override
    List<Case> cases() {
        Random random = new Random(12);
        List<Case> cases = new ArrayList<>();
        for (int[] shape : new int[][] {{7, 3000, 1, 200}, {5, 40, 3, 1000}, {3, 4, 2, 5}}) {
            int inputs = shape[0], hidden = shape[1], outputs = shape[2], n = shape[3];
            double[] x = random.doubles((long) n * inputs).map(u -> 2 * u - 1).toArray();
            Dataset data = new Dataset(x, new double[n * outputs], n, inputs, outputs);
            for (Activation act : List.of(Activation.relu(), Activation.tanh())) {
                cases.add(new Case(inputs + "-" + hidden + "-" + outputs + " " + act.name(),
                        ShallowNet.of(inputs, hidden, outputs, act), Loss.squared(), data));
            }
        }
        return cases;
    }

    @Override
    double[] outputs(Case c, double[] theta, int chunkElements) {
        ShallowNet net = (ShallowNet) c.model();
        double[] out = new double[c.data().size() * net.outputDimension()];
        BlasShallowOutputs.outputs(theta, net.inputDimension(), net.hiddenUnits(), net.outputDimension(),
                net.activation(), c.data(), out);
        return out;
    }
}
