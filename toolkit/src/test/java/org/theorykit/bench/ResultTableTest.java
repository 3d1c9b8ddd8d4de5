package org.theorykit.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class ResultTableTest {

    @Test
    void medianIsTheMiddleTimeOrTheMeanOfTheTwoMiddleTimes() {
        assertEquals(2.0, new Timing(new double[] {3, 1, 2, 9, 0.5}).median());
        assertEquals(2.5, new Timing(new double[] {4, 1, 2, 3}).median());
        assertEquals(0.5, new Timing(new double[] {3, 1, 2, 9, 0.5}).min());
        assertEquals(9.0, new Timing(new double[] {3, 1, 2, 9, 0.5}).max());
    }

    @Test
    void parsesTheScriptsJsonLinesAndSkipsOtherLines() {
        PytorchReference.Timed timed = PytorchReference.parse(
                "{\"name\": \"E-dgemm\", \"median_s\": 0.1, \"min_s\": 9.5e-2, \"max_s\": 0.2, \"repeats\": 5}").orElseThrow();
        assertEquals(new PytorchReference.Timed("E-dgemm", 0.1, 0.095, 0.2, 5), timed);
        assertTrue(PytorchReference.parse("torch 1.13, 2 threads").isEmpty());
        assertTrue(PytorchReference.parse("{\"name\": \"E-dgemm\"}").isEmpty());
    }

    @Test
    void joinsByNameKeepingRowsOfEitherSideAndPrintsMissingValuesAsDashes() {
        List<Measurement> ours = List.of(
                new Measurement("E-dgemm", new Timing(new double[] {0.2, 0.1, 0.3}), 16e9, 3 << 20, 0),
                new Measurement("E-dgemm-best", new Timing(new double[] {0.1}), 16e9, 1 << 20, 0));
        Map<String, PytorchReference.Timed> pytorch = Map.of(
                "E-dgemm", new PytorchReference.Timed("E-dgemm", 0.4, 0.3, 0.5, 3),
                "A-shallow-sgd-epoch", new PytorchReference.Timed("A-shallow-sgd-epoch", 2.0, 1.0, 3.0, 3));
        Table table = ResultTable.join(ours, pytorch);

        assertEquals(List.of("E-dgemm", "E-dgemm-best", "A-shallow-sgd-epoch"), table.stringColumn("name").asList());
        assertEquals(0.5, table.doubleColumn("ratio").getDouble(0), 1e-12);
        assertEquals(80.0, table.doubleColumn("theorykit_gflops").getDouble(0), 1e-9);
        assertEquals(40.0, table.doubleColumn("pytorch_gflops").getDouble(0), 1e-9);
        assertTrue(Double.isNaN(table.doubleColumn("pytorch_median_s").getDouble(1)));
        assertTrue(Double.isNaN(table.doubleColumn("theorykit_median_s").getDouble(2)));

        String[] lines = ResultTable.format(table).split("\n");
        assertEquals(4, lines.length);
        assertTrue(lines[0].startsWith("name") && lines[0].contains("theorykit_median_s pytorch_median_s ratio"));
        assertTrue(lines[1].matches("E-dgemm\\s+0\\.2000\\s+0\\.4000\\s+0\\.5000 .*"), lines[1]);
        assertTrue(lines[2].matches("E-dgemm-best\\s+0\\.1000\\s+-\\s+- .*"), lines[2]);
    }
}
