package org.theorykit.optim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The schedules give their closed-form rates. */
class SchedulesTest {

    @Test
    void eachScheduleFollowsItsFormula() {
        assertEquals(0.3, Schedules.constant(0.3).rate(7, 1000), 0.0);
        var step = Schedules.step(1, 0.5, 10);
        assertEquals(1, step.rate(9, 0), 0.0);
        assertEquals(0.25, step.rate(20, 0), 0.0);
        assertEquals(0.1 * Math.pow(0.9, 5), Schedules.exponential(0.1, 0.9).rate(5, 0), 1e-15);
        var cosine = Schedules.cosine(1, 0.01, 100);
        assertEquals(1, cosine.rate(0, 0), 1e-15);
        assertEquals(0.505, cosine.rate(50, 0), 1e-12);
        assertEquals(0.01, cosine.rate(100, 0), 1e-15);
        assertEquals(0.01, cosine.rate(150, 0), 0.0);
        assertEquals(0.5, Schedules.inverseTime(1, 100).rate(0, 100), 1e-15);
        var warm = Schedules.warmup(Schedules.step(1, 0.5, 10), 4);
        assertEquals(0.25, warm.rate(0, 0), 1e-15);
        assertEquals(0.75, warm.rate(0, 2), 1e-15);
        assertEquals(1, warm.rate(0, 3), 0.0);
        assertEquals(0.5, warm.rate(10, 400), 0.0);
    }

    @Test
    void theRunUsesTheScheduledRateAtEachEpoch() {
        var objective = new DiagonalQuadratic(new double[] {1}, new double[] {0});
        var history = Optimizers.gd(1).schedule(Schedules.step(0.4, 0.5, 2))
                .train(objective, new double[] {1}, StopRules.maxEpochs(4)).history();
        assertEquals(0.4, history.doubleColumn("learning rate").getDouble(2), 0.0);
        assertEquals(0.2, history.doubleColumn("learning rate").getDouble(3), 0.0);
    }
}
