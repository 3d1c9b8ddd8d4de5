package org.theorykit.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.theorykit.BadInput.assertMessage;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.theorykit.data.Samplers;
import org.theorykit.nn.Activation;
import org.theorykit.nn.LinearModel;
import org.theorykit.nn.ShallowNet;
import smile.math.MathEx;

class AdversarialPerturbationTest {

    @Test
    void linearModelsFlipAtTheirExactDistance() {
        LinearModel model = LinearModel.of(6, 1);
        double[] theta = LipschitzBracketTest.randomTheta(model, 5, 1.0);
        double norm = MathEx.norm(model.view("linear.weights").get(theta));
        InputFunction f = InputFunction.of(model, theta);
        double[][] x = Samplers.gaussian(6).sample(25, 1);
        List<AdversarialPerturbation.Flip> flips = AdversarialPerturbation.atPoints(f, x, 10, 0.02);
        for (int i = 0; i < x.length; i++) {
            double exact = Math.abs(f.value(x[i])) / norm;
            assertTrue(flips.get(i).found());
            assertEquals(exact, flips.get(i).distance(), 1e-12 * Math.max(1, exact));
            assertEquals(1, flips.get(i).iterations());
            assertEquals(0, f.value(flips.get(i).boundary()), 1e-12);
        }
    }

    @Test
    void reluNetFlipsAtARealCrossingNoCloserThanTheLipschitzBoundAllows() {
        ShallowNet net = ShallowNet.of(4, 30, 1, Activation.relu());
        double[] theta = LipschitzBracketTest.randomTheta(net, 3, 1.0);
        InputFunction f = InputFunction.of(net, theta);
        double upper = LipschitzUpperBounds.of(net, theta).stream().mapToDouble(LipschitzEstimate::value).min()
                .orElseThrow();
        for (double[] x : Samplers.sphere(4).sample(30, 2)) {
            AdversarialPerturbation.Flip flip = AdversarialPerturbation.minimalFlip(f, x, 50, 0.02);
            if (!flip.found()) {
                continue;
            }
            double f0 = f.value(x);
            assertTrue(flip.distance() >= Math.abs(f0) / upper * (1 - 1e-9), "distance below |f|/Lip");
            assertTrue(f.value(flip.boundary()) * f0 <= 0, "the sign is flipped at the boundary point");
            double[] before = new double[4];
            double shrink = 1 - 1e-6;
            for (int i = 0; i < 4; i++) {
                before[i] = x[i] + shrink * (flip.boundary()[i] - x[i]);
            }
            assertTrue(f.value(before) * f0 > 0, "not flipped just before the boundary");
        }
    }

    @Test
    void summaryUsesTheFoundFlipsOnly() {
        List<AdversarialPerturbation.Flip> flips = List.of(
                new AdversarialPerturbation.Flip(3, new double[1], 1, true),
                new AdversarialPerturbation.Flip(1, new double[1], 1, true),
                new AdversarialPerturbation.Flip(Double.POSITIVE_INFINITY, null, 5, false),
                new AdversarialPerturbation.Flip(2, new double[1], 1, true),
                new AdversarialPerturbation.Flip(10, new double[1], 1, true));
        AdversarialPerturbation.Summary summary = AdversarialPerturbation.summarize(flips);
        assertEquals(2.5, summary.median());
        assertEquals(1, summary.min());
        assertEquals(4, summary.found());
        assertEquals(5, summary.total());
        assertTrue(Double.isNaN(AdversarialPerturbation.summarize(List.of()).median()));
    }

    @Test
    void constantFunctionsCannotBeFlipped() {
        LinearModel model = LinearModel.of(2, 1);
        double[] theta = {0, 0, 1};  // f ≡ 1
        AdversarialPerturbation.Flip flip = AdversarialPerturbation.minimalFlip(InputFunction.of(model, theta),
                new double[] {0.5, 0.5}, 5, 0.02);
        assertFalse(flip.found());
        assertEquals(Double.POSITIVE_INFINITY, flip.distance());
    }

    @Test
    void badInputsNameTheParameter() {
        InputFunction f = InputFunction.of(LinearModel.of(2, 1), new double[] {1, 1, 0});
        assertMessage("maxIterations", () -> AdversarialPerturbation.minimalFlip(f, new double[] {1, 0}, 0, 0.02));
        assertMessage("overshoot", () -> AdversarialPerturbation.minimalFlip(f, new double[] {1, 0}, 5, -1));
        assertMessage("x.length must be 2", () -> AdversarialPerturbation.minimalFlip(f, new double[] {1}, 5, 0));
        assertThrows(IllegalArgumentException.class, () -> AdversarialPerturbation.summarize(null));
    }
}
