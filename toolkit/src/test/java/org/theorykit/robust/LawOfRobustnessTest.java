package org.theorykit.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.theorykit.BadInput.assertMessage;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.theorykit.data.Samplers;
import org.theorykit.nn.Activation;
import org.theorykit.nn.ShallowNet;
import smile.math.MathEx;

class LawOfRobustnessTest {

    @Test
    void theorem3MatchesTheStatedFormula() {
        // ε/(2⁹√c)·sqrt(nd/(p log(60WJ/ε) + log(4/δ))) with ε = 0.5, c = 4, W = 10, J = 3, δ = 0.1,
        // n = 1000, d = 100, p = 2000: 0.5/1024 · sqrt(1e5/(2000·ln 3600 + ln 40)).
        double expected = 0.5 / 1024 * Math.sqrt(1e5 / (2000 * Math.log(3600) + Math.log(40)));
        assertEquals(expected, LawOfRobustness.theorem3(0.5, 4, 10, 3, 0.1, 1000, 100, 2000), 1e-15);
        assertEquals(1.2064e-3, expected, 1e-7);
        assertTrue(LawOfRobustness.theorem3(0.5, 4, 10, 3, 0.1, 1000, 100, 20000) < expected, "more parameters, smaller bound");
        assertTrue(LawOfRobustness.theorem3(0.5, 4, 10, 3, 0.1, 1000, 400, 2000) > expected, "higher dimension, larger bound");
    }

    @Test
    void informalLawAndConjecture() {
        assertEquals(Math.sqrt(1000 * 20 / 5000.0), LawOfRobustness.informal(1000, 20, 5000), 1e-15);
        assertEquals(2.0, LawOfRobustness.twoLayerConjecture(400, 100), 1e-15);
        assertEquals(3.0, LawOfRobustness.sphereIsoperimetry(3), 1e-15);
        assertEquals(1.25, LawOfRobustness.sphereIsoperimetry(10), 1e-15);
        assertEquals(8.0, LawOfRobustness.subspaceIsoperimetry(40, 5), 1e-15);
    }

    @Test
    void dataFloorIsAttainedByTheMcShaneExtension() {
        double[][] x = Samplers.sphere(4).sample(40, 7);
        double[] y = new double[x.length];
        Random random = new Random(3);
        for (int i = 0; i < y.length; i++) {
            y[i] = random.nextGaussian();
        }
        LawOfRobustness.DataFloor floor = LawOfRobustness.dataFloor(x, y);
        double l = floor.value();
        assertEquals(Math.abs(y[floor.i()] - y[floor.j()]) / MathEx.distance(x[floor.i()], x[floor.j()]),
                l, 1e-15);
        // f(z) = min_i (y_i + L‖z − x_i‖) is L-Lipschitz and interpolates exactly when L is the floor.
        for (int i = 0; i < x.length; i++) {
            double f = Double.POSITIVE_INFINITY;
            for (int j = 0; j < x.length; j++) {
                f = Math.min(f, y[j] + l * MathEx.distance(x[i], x[j]));
            }
            assertEquals(y[i], f, 1e-12);
        }
        // a slightly smaller L no longer interpolates: the pair (i, j) forces it
        double smaller = 0.999 * l;
        int top = y[floor.i()] > y[floor.j()] ? floor.i() : floor.j();
        double f = Double.POSITIVE_INFINITY;
        for (int j = 0; j < x.length; j++) {
            f = Math.min(f, y[j] + smaller * MathEx.distance(x[top], x[j]));
        }
        assertTrue(f < y[top]);
    }

    @Test
    void dataFloorSmallCases() {
        assertEquals(2.0, LawOfRobustness.dataFloor(new double[][] {{0}, {1}, {3}}, new double[] {0, 2, 2}).value(), 1e-15);
        assertEquals(0.0, LawOfRobustness.dataFloor(new double[][] {{0}, {1}}, new double[] {1, 1}).value());
        assertEquals(Double.POSITIVE_INFINITY,
                LawOfRobustness.dataFloor(new double[][] {{0}, {0}}, new double[] {1, -1}).value());
    }

    @Test
    void shallowNetClassBoundsTheParameterLipschitzConstant() {
        int d = 5;
        int k = 7;
        double bound = 0.8;
        ShallowNet net = ShallowNet.of(d, k, 1, Activation.relu());
        LawOfRobustness.ParameterClass cls = LawOfRobustness.shallowNetClass(d, k, bound, 1.0, 1.0, 0.0);
        assertEquals(2 * bound * Math.sqrt(net.parameterCount()), cls.diameter(), 1e-12);
        Random random = new Random(1);
        double worst = 0;
        for (int trial = 0; trial < 300; trial++) {
            double[] t1 = new double[net.parameterCount()];
            double[] t2 = new double[net.parameterCount()];
            double distance = 0;
            for (int i = 0; i < t1.length; i++) {
                t1[i] = bound * (2 * random.nextDouble() - 1);
                t2[i] = bound * Math.signum(random.nextGaussian());
                distance += (t1[i] - t2[i]) * (t1[i] - t2[i]);
            }
            double[] x = Samplers.sphere(d).sample(1, trial)[0];
            double gap = Math.abs(net.output(t1, x)[0] - net.output(t2, x)[0]);
            worst = Math.max(worst, gap / Math.sqrt(distance));
        }
        assertTrue(worst <= cls.parameterLipschitz(), worst + " > J = " + cls.parameterLipschitz());
    }

    @Test
    void badInputsNameTheParameter() {
        assertMessage("epsilon", () -> LawOfRobustness.theorem3(0, 1, 1, 1, 0.1, 1, 1, 1));
        assertMessage("epsilon", () -> LawOfRobustness.theorem3(1, 1, 1, 1, 0.1, 1, 1, 1));
        assertMessage("delta", () -> LawOfRobustness.theorem3(0.5, 1, 1, 1, 1.5, 1, 1, 1));
        assertMessage("c", () -> LawOfRobustness.theorem3(0.5, -1, 1, 1, 0.1, 1, 1, 1));
        assertMessage("diameter W", () -> LawOfRobustness.theorem3(0.5, 1, Double.NaN, 1, 0.1, 1, 1, 1));
        assertMessage("parameterLipschitz J", () -> LawOfRobustness.theorem3(0.5, 1, 1, 0, 0.1, 1, 1, 1));
        assertMessage("n", () -> LawOfRobustness.theorem3(0.5, 1, 1, 1, 0.1, 0, 1, 1));
        assertMessage("d", () -> LawOfRobustness.theorem3(0.5, 1, 1, 1, 0.1, 1, 0, 1));
        assertMessage("p", () -> LawOfRobustness.theorem3(0.5, 1, 1, 1, 0.1, 1, 1, 0));
        assertMessage("60*W*J/epsilon", () -> LawOfRobustness.theorem3(0.5, 1, 0.001, 1, 0.1, 1, 1, 1));
        assertMessage("k", () -> LawOfRobustness.twoLayerConjecture(1, 0));
        assertMessage("d", () -> LawOfRobustness.sphereIsoperimetry(2));
        assertMessage("m", () -> LawOfRobustness.subspaceIsoperimetry(5, 5));
        assertMessage("m", () -> LawOfRobustness.subspaceIsoperimetry(5, 0));
        assertMessage("rows", () -> LawOfRobustness.dataFloor(new double[][] {{0}}, new double[] {1}));
        assertMessage("y[1]", () -> LawOfRobustness.dataFloor(new double[][] {{0}, {1}}, new double[] {1, Double.NaN}));
        assertMessage("weightBound", () -> LawOfRobustness.shallowNetClass(2, 2, 0, 1, 1, 0));
    }
}
