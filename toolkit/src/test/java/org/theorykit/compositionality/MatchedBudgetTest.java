package org.theorykit.compositionality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.theorykit.nn.Activation;

class MatchedBudgetTest {

    @Test
    void countsMatchTheBudgetWithinAFewPercent() {
        for (int levels = 2; levels <= 5; levels++) {
            int n = 1 << levels;
            for (int budget : new int[] {300, 1000, 3000, 10000, 30000}) {
                for (String arch : MatchedBudget.ARCHITECTURES) {
                    MatchedBudget.Built b = MatchedBudget.build(arch, levels, budget, Activation.relu());
                    assertEquals(b.model().parameterCount(), b.parameters());
                    // a tree's count moves in steps of 4(n−1), a shallow net's in steps of n+2
                    int step = arch.equals("tree") ? 4 * (n - 1) : arch.equals("shallow") ? n + 2 : 0;
                    if (step > 0) {
                        assertTrue(Math.abs(b.parameters() - budget) <= step / 2, b.toString());
                    }
                    if (budget >= 40 * (n - 1)) {
                        assertTrue(Math.abs(b.deviation()) <= 0.05, b.toString());
                    }
                    assertEquals(n, b.model().inputDimension());
                }
            }
        }
    }

    @Test
    void countsFollowThePapersFormulas() {
        assertEquals(10 * 101, MatchedBudget.build("shallow", 3, 1010, Activation.relu()).parameters());
        assertEquals(4 * 36 * 7, MatchedBudget.build("tree", 3, 1008, Activation.relu()).parameters());
        assertEquals(4 * 84 * 3, MatchedBudget.build("tree-shared", 3, 1008, Activation.relu()).parameters());
        assertEquals(MatchedBudget.denseParameters(8, 3, 20),
                MatchedBudget.build("dense", 3, 1041, Activation.relu()).parameters());
        assertEquals(9 * 20 + 2 * 21 * 20 + 21, MatchedBudget.denseParameters(8, 3, 20));
        assertEquals(9 * 20 + 21 * 20 + 21 * 15 + 16, MatchedBudget.denseParameters(8, 3, 20, 15));
        assertEquals(9 * 7 + 8, MatchedBudget.denseParameters(8, 1, 99, 7));
    }

    @Test
    void unknownArchitectureIsNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> MatchedBudget.build("cnn", 3, 1000, Activation.relu()));
        assertTrue(e.getMessage().contains("shallow"));
        assertThrows(IllegalArgumentException.class, () -> MatchedBudget.build("tree", 3, 0, Activation.relu()));
    }
}
