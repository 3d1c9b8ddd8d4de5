package org.theorykit.nn.engine;

import java.util.List;
import org.theorykit.nn.Model;
import org.theorykit.nn.ShallowNet;
import org.theorykit.objective.HessianVectorProduct;

/** {@link BlasShallowHessian} on the shallow nets of {@link BlasShallowEngineTest} (chunks, two threads). */
class BlasShallowHessianTest extends EngineContract {

    @Override
    List<Case> cases() {
        return BlasShallowEngineTest.shallowCases();
    }

    @Override
    HessianVectorProduct hessian(Case c, double[] theta, int chunkElements) {
        ShallowNet net = (ShallowNet) c.model();
        return new BlasShallowHessian(theta, net.hiddenUnits(), net.activation(), c.loss(), c.data(), chunkElements);
    }

    @Override
    int[] chunkSizes(Model model) {
        int hidden = ((ShallowNet) model).hiddenUnits();
        return new int[] {hidden, 4 * hidden, Engines.CHUNK_ELEMENTS};
    }
}
