package org.theorykit.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class WorkloadsTest {

    @Test
    void registeredNamesAreUniqueSinceTheReportJoinsByName() {
        List<String> names = Workloads.all().stream().map(Supplier::get).map(Workload::name).toList();
        assertEquals(names.size(), names.stream().distinct().count(), names.toString());
    }
}
