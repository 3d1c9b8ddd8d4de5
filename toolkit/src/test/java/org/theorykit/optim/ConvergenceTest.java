package org.theorykit.optim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import smile.math.MathEx;

/** Each optimizer reaches the known optimum of a convex problem to a stated tolerance. */
class ConvergenceTest {

    private static final StopRule LONG_RUN = StopRules.maxEpochs(20_000);

    @Test
    void gradientDescentFindsTheQuadraticMinimizerTo1e10() {
        double[] center = {1, -2, 3};
        var objective = new DiagonalQuadratic(new double[] {1, 5, 10}, center);
        var result = Optimizers.gd(0.1).train(objective, new double[3], StopRules.gradientNorm(1e-11).or(LONG_RUN));
        assertEquals(Status.CONVERGED, result.status(), result.message());
        assertTrue(MathEx.distance(result.theta(), center) < 1e-10, () -> "distance " + MathEx.distance(result.theta(), center));
    }

    @Test
    void momentumAndNesterovConvergeFasterThanGradientDescentOnAnIllConditionedQuadratic() {
        double[] center = {1, 1};
        var objective = new DiagonalQuadratic(new double[] {0.01, 1}, center);
        StopRule stop = StopRules.gradientNorm(1e-10).or(LONG_RUN);
        var plain = Optimizers.gd(1).train(objective, new double[2], stop);
        var heavyBall = Optimizers.gd(1).momentum(0.8).train(objective, new double[2], stop);
        var nesterov = Optimizers.gd(1).nesterov(0.8).train(objective, new double[2], stop);
        for (var result : new TrainingResult[] {plain, heavyBall, nesterov}) {
            assertEquals(Status.CONVERGED, result.status(), result.message());
            assertTrue(MathEx.distance(result.theta(), center) < 1e-7);
        }
        assertTrue(heavyBall.steps() < plain.steps() / 3, heavyBall.steps() + " vs " + plain.steps());
        assertTrue(nesterov.steps() < plain.steps() / 3, nesterov.steps() + " vs " + plain.steps());
    }

    @Test
    void sgdWithoutReplacementMatchesTheNormalEquationsOnInterpolatableLeastSquaresTo1e8() {
        var problem = LeastSquares.random(200, 10, 0, 3);
        double[] solution = problem.normalEquationSolution();
        var result = Optimizers.sgd(0.02).batchSize(10).seed(4)
                .train(problem, new double[10], StopRules.targetLoss(1e-20).or(StopRules.maxEpochs(2000)));
        assertEquals(Status.CONVERGED, result.status(), result.message());
        assertTrue(MathEx.distance(result.theta(), solution) < 1e-8, () -> "distance " + MathEx.distance(result.theta(), solution));
    }

    @Test
    void sgdWithReplacementAndOneOverTDecayApproachesTheNoisyLeastSquaresSolutionTo1e2() {
        var problem = LeastSquares.random(200, 5, 0.5, 5);
        double[] solution = problem.normalEquationSolution();
        var result = Optimizers.sgd(0.05).batchSize(8).withReplacement(true).seed(6)
                .schedule(Schedules.inverseTime(0.05, 500))
                .train(problem, new double[5], StopRules.maxEpochs(2000));
        assertEquals(Status.MAX_EPOCHS, result.status());
        assertTrue(MathEx.distance(result.theta(), solution) < 1e-2, () -> "distance " + MathEx.distance(result.theta(), solution));
    }

    @Test
    void gradientDescentMatchesTheNewtonSolutionOfL2LogisticRegressionTo1e8() {
        var problem = LogisticRegression.random(300, 6, 0.01, 7);
        double[] solution = problem.newtonSolution();
        var result = Optimizers.gd(1).nesterov(0.9)
                .train(problem, new double[6], StopRules.gradientNorm(1e-12).or(LONG_RUN));
        assertEquals(Status.CONVERGED, result.status(), result.message());
        assertTrue(MathEx.distance(result.theta(), solution) < 1e-8, () -> "distance " + MathEx.distance(result.theta(), solution));
    }

    @Test
    void adamWithCosineDecayMatchesTheNewtonSolutionOfL2LogisticRegressionTo1e4() {
        var problem = LogisticRegression.random(300, 6, 0.01, 8);
        double[] solution = problem.newtonSolution();
        var result = Optimizers.adam(0.05).fullBatch().schedule(Schedules.cosine(0.05, 1e-5, 3000))
                .train(problem, new double[6], StopRules.maxEpochs(3000));
        assertTrue(MathEx.distance(result.theta(), solution) < 1e-4, () -> "distance " + MathEx.distance(result.theta(), solution));
    }

    @Test
    void sgldAtZeroTemperatureIsGradientDescent() {
        var problem = LeastSquares.random(50, 4, 0.1, 9);
        double[] gd = Optimizers.gd(0.05).train(problem, new double[4], StopRules.maxEpochs(50)).theta();
        double[] sgld = Optimizers.sgld(0.05, 0).fullBatch().train(problem, new double[4], StopRules.maxEpochs(50)).theta();
        assertEquals(0, MathEx.distance(gd, sgld));
    }
}
