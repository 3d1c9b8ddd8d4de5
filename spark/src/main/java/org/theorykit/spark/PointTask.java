package org.theorykit.spark;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;
import org.theorykit.experiment.Experiment;
import org.theorykit.experiment.Params;
import org.theorykit.experiment.Scale;
import org.theorykit.experiment.Sweep;
import org.theorykit.experiment.Workspace;

/**
 * One point of a sweep as a Spark task: the experiment (by name, and its class for experiments that
 * are not registered), the resolved parameters and the point, all plain serializable values. On the
 * executor it runs exactly what the local runner runs for the point, {@code runPoint}, and sends the
 * raw rows back; the driver adds the provenance and caches them ({@link Sweep#store}).
 */
final class PointTask implements Serializable {

    private static final long serialVersionUID = 1L;

    private final int index;
    private final String experiment;
    private final String experimentClass;
    private final Scale scale;
    private final LinkedHashMap<String, Object> values;
    private final String canonical;
    private final LinkedHashMap<String, Object> point;

    PointTask(Sweep sweep, int index) {
        this.index = index;
        this.experiment = sweep.experiment().name();
        this.experimentClass = sweep.experiment().getClass().getName();
        this.scale = sweep.params().scale();
        this.values = new LinkedHashMap<>(sweep.params().asMap());
        this.canonical = sweep.params().canonical();
        this.point = new LinkedHashMap<>(sweep.points().get(index));
    }

    /** Runs the point (on an executor). */
    RowsPayload run() {
        Experiment e = ExperimentLookup.find(experiment, experimentClass);
        Params params = Params.resolve(e, scale, values);
        Sweep.initializeColumnTypes();
        if (!params.canonical().equals(canonical)) {
            throw new IllegalStateException("experiment '" + experiment + "' resolves its parameters to "
                    + params.canonical() + " on this executor, not to the driver's " + canonical
                    + "; the executors run other code than the driver");
        }
        return RowsPayload.of(index, e.runPoint(params, point), Sweep.localBlasThreads(), Workspace.toolkitVersion());
    }

    int index() {
        return index;
    }
}
