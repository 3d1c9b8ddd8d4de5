package org.theorykit.pruning;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.theorykit.pruning.PruningTest.assertNamed;

import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.theorykit.landscape.Margins;
import org.theorykit.nn.Activation;
import org.theorykit.nn.Dataset;
import org.theorykit.nn.DeepMlp;
import org.theorykit.nn.LinearModel;
import org.theorykit.nn.Loss;
import org.theorykit.nn.SupervisedObjective;
import tech.tablesaw.api.Table;

/** Iterative pruning, the error barrier and prunability on small problems with known answers. */
class SparseTrainingTest {

    /** Three Gaussian classes in 6 dimensions, centres 3·e_c; labels are class indices. */
    static Dataset blobs(int n, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[][] x = new double[n][6];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            int c = i % 3;
            for (int j = 0; j < 6; j++) {
                x[i][j] = random.nextGaussian() + (j == c ? 3 : 0);
            }
            y[i] = c;
        }
        return Dataset.of(x, y);
    }

    private static SparseTrainer trainer(int epochs) {
        DeepMlp net = DeepMlp.of(new int[] {6, 16, 3}, Activation.relu());
        return new SparseTrainer(net, blobs(90, 1), blobs(60, 2), blobs(60, 3),
                new SparseTrainer.Settings(1e-2, 10, epochs));
    }

    @Test
    void impTrainsTicketsAndControlsWithPrunedWeightsExactlyZero() {
        SparseTrainer trainer = trainer(5);
        var net = trainer.model();
        double[] theta0 = net.initialParameters(7);
        Table table = LotteryTicket.run(trainer, theta0, new LotteryTicket.Settings(3, 0.2, 0.1, 0, Set.of(2)), 11);
        assertEquals(6, table.rowCount(), "dense + 3 tickets + 2 controls");
        for (int r = 0; r < table.rowCount(); r++) {
            int round = table.intColumn("round").get(r);
            assertEquals(Pruning.remainingFraction(net, 0.2, 0.1, round), table.doubleColumn("remaining").get(r), 1e-15);
            long stop = table.longColumn("early_stop_iteration").get(r);
            // the early stop is the validation check after a whole epoch (rewind 0 here): a positive multiple of the epoch's iterations
            assertTrue(stop >= trainer.iterationsPerEpoch() && stop % trainer.iterationsPerEpoch() == 0,
                    "early stop " + stop + " with " + trainer.iterationsPerEpoch() + " iterations per epoch");
            assertTrue(table.doubleColumn("early_stop_accuracy").get(r) > 0.8, "blobs are easy: " + table);
        }
        Mask mask = Pruning.layerwise(net, net.initialParameters(1), Mask.dense(net.parameterCount()), 0.5, 0.5);
        double[] trained = trainer.train(theta0, mask, 0, 3).theta();
        for (int i = 0; i < trained.length; i++) {
            if (!mask.keeps(i)) {
                assertEquals(0.0, trained[i], 0.0, "pruned weight " + i);
            }
        }
    }

    @Test
    void rewindingStartsFromTheIterateAndCountsFromIt() {
        SparseTrainer trainer = trainer(4);
        double[] theta0 = trainer.model().initialParameters(7);
        long k = trainer.iterationsPerEpoch() + 2;
        SparseTrainer.Run run = trainer.train(trainer.iterate(theta0, k, 5), Mask.dense(theta0.length), k, 5);
        assertEquals(trainer.iterations(), run.iterations());
        assertTrue(run.earlyStopIteration() >= k);
        assertNamed("rewind", () -> trainer.iterate(theta0, trainer.iterations() + 1, 5));
        assertNamed("rewind", () -> LotteryTicket.run(trainer, theta0,
                new LotteryTicket.Settings(1, 0.2, 0.1, trainer.iterations(), Set.of()), 1));
        assertNamed("rate", () -> new LotteryTicket.Settings(1, 1.0, 0.1, 0, Set.of()));
    }

    @Test
    void barrierOfIdenticalNetsIsZeroAndOfOpposedNetsIsKnown() {
        Dataset data = blobs(60, 4);
        SparseTrainer trainer = trainer(5);
        double[] theta = trainer.train(trainer.model().initialParameters(2), Mask.dense(6 * 16 + 16 + 16 * 3 + 3),
                0, 1).theta();
        Instability same = Instability.between(trainer.model(), theta, theta.clone(), data, 11);
        assertEquals(0.0, same.barrier(), 0.0);
        // f = Wx with W = 3·I₃ on the first 3 inputs classifies every point x = 3e_y + noise on inputs 4–6 right, −W every blob wrong; at α = ½
        // all outputs tie (no margin > 0): errors 0, 1, 1 on α = 0, ½, 1, so the barrier is 1 − (0 + 1)/2.
        LinearModel linear = LinearModel.of(6, 3);
        double[] a = new double[linear.parameterCount()];
        for (int c = 0; c < 3; c++) {
            a[c * 6 + c] = 3;
        }
        double[] b = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            b[i] = -a[i];
        }
        double[][] x = new double[30][6];
        double[] y = new double[30];
        SplittableRandom random = new SplittableRandom(6);
        for (int i = 0; i < 30; i++) {
            y[i] = i % 3;
            x[i][i % 3] = 3;
            x[i][3 + i % 3] = random.nextGaussian();
        }
        Instability opposed = Instability.between(linear, a, b, Dataset.of(x, y), 3);
        assertArrayEquals(new double[] {0, 1, 1}, opposed.errors(), 0.0);
        assertEquals(0.5, opposed.barrier(), 1e-15);
        assertNamed("points", () -> Instability.between(linear, a, b, data, 1));
    }

    @Test
    void sparseCopiesKeepTheMaskAndOneDataOrderGivesBarrierZero() {
        SparseTrainer trainer = trainer(4);
        double[] theta0 = trainer.model().initialParameters(3);
        Dataset data = blobs(60, 4);
        Mask mask = Mask.dense(theta0.length);
        for (int round = 0; round < 5; round++) {
            mask = Pruning.layerwise(trainer.model(), theta0, mask, 0.2, 0.1);
        }
        double[] start = trainer.iterate(theta0, 6, 1);
        Instability.Copies same = Instability.Copies.train(trainer, start, mask, 6, 2, 2, data, 5);
        assertEquals(0.0, same.segment().barrier(), 0.0);
        Instability.Copies copies = Instability.Copies.train(trainer, start, mask, 6, 2, 3, data, 5);
        boolean differ = false;
        for (int i = 0; i < theta0.length; i++) {
            if (!mask.keep()[i]) {
                assertEquals(0.0, copies.a().theta()[i], 0.0, "pruned coordinate " + i + " of copy a");
                assertEquals(0.0, copies.b().theta()[i], 0.0, "pruned coordinate " + i + " of copy b");
            }
            differ |= copies.a().theta()[i] != copies.b().theta()[i];
        }
        assertTrue(differ, "different data orders give different end points");
        Instability direct = Instability.between(trainer.model(), copies.a().theta(), copies.b().theta(), data, 5);
        assertArrayEquals(direct.errors(), copies.segment().errors(), 0.0);
        assertEquals(1 - copies.segment().errors()[0], Margins.of(trainer.model(), copies.a().theta(), data).accuracy(), 1e-15);
    }

    @Test
    void prunabilityOfASparseLinearTargetIsItsSupport() {
        // y = θ*ᵀx with 3 large weights of 10 and 7 tiny ones: keeping the 3 costs < 1e-6 in loss,
        // dropping the third costs about ½·2² = 2, so the prunability is exactly 3/10.
        SplittableRandom random = new SplittableRandom(8);
        double[] star = {0, 3, 0, 0, -2, 0, 0, 4, 0, 0, 0.5};
        for (int j = 0; j < 10; j++) {
            star[j] = star[j] != 0 ? star[j] : 1e-5 * (1 + j);
        }
        double[][] x = new double[200][10];
        double[] y = new double[200];
        for (int i = 0; i < 200; i++) {
            for (int j = 0; j < 10; j++) {
                x[i][j] = random.nextGaussian();
                y[i] += star[j] * x[i][j];
            }
            y[i] += star[10];
        }
        LinearModel model = LinearModel.of(10, 1);
        SupervisedObjective objective = new SupervisedObjective(model, Loss.squared(), Dataset.of(x, y));
        Prunability p = Prunability.of(objective, star, 1e-3);
        assertEquals(3, p.keptWeights());
        assertEquals(0.3, p.fraction(), 0.0);
        assertEquals(0.0, p.loss(), 1e-20);
        assertTrue(p.prunedLoss() < 1e-3);
        assertNamed("tolerance", () -> Prunability.of(objective, star, 0));
        assertNamed("tolerance", () -> Prunability.of(objective, star, -1));
    }
}
