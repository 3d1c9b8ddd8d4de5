package org.theorykit.experiment.langevin;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.theorykit.dynamics.BasinMasses;
import org.theorykit.dynamics.Boltzmann;
import org.theorykit.dynamics.DoubleWell;
import org.theorykit.dynamics.Langevin;
import org.theorykit.dynamics.LangevinRun;
import org.theorykit.dynamics.Potentials;
import org.theorykit.experiment.Experiment;
import org.theorykit.experiment.Grid;
import org.theorykit.experiment.Parameter;
import org.theorykit.experiment.ParameterType;
import org.theorykit.experiment.Params;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.Table;

/**
 * "The landscape and the noise": Langevin particles started in the sharp one of two equally deep
 * wells ({@link Potentials#equalWells}) drift into the flat one until the occupations match the
 * Boltzmann masses of exp(−U/T) (Poggio et al., Theory IIb, arXiv:1801.02254), which tend to
 * √k_sharp : √k_flat as T → 0 (Laplace). Each point (T, seed) runs {@code relaxations} Kramers
 * relaxation times 1/(r_flat + r_sharp) and reports the final occupations with their binomial
 * standard errors next to the exact mass by quadrature and the Laplace prediction. Two biases
 * remain, both making the flat occupation low: the Euler–Maruyama bias, about
 * −p(1 − p)(k_sharp − k_flat)·dt/4 (−0.002 at the defaults), and the unfinished relaxation, about
 * −p·exp(−0.8·relaxations) since at moderate T the true rates are ~20% below Kramers' (−0.001 at
 * the lecture's 8 relaxation times, −0.006 at the smoke scale's 6).
 */
public final class LangevinWellsExperiment implements Experiment {

    @Override
    public String name() {
        return "langevin-wells";
    }

    @Override
    public String description() {
        return "Langevin particles in a flat and a sharp well of equal depth: occupations vs Boltzmann masses and Laplace";
    }

    @Override
    public List<Parameter> parameters() {
        return List.of(
                Parameter.fixed("kFlat", ParameterType.DOUBLE, "curvature U'' of the flat well", 1.0).atLeast(1e-6),
                Parameter.fixed("kSharp", ParameterType.DOUBLE, "curvature U'' of the sharp well", 9.0).atLeast(1e-6),
                Parameter.fixed("barrier", ParameterType.DOUBLE, "barrier height above both minima", 1.0).atLeast(1e-6),
                Parameter.perScale("temperatures", ParameterType.DOUBLE_LIST, "temperatures T",
                        List.of(0.5, 1.0), List.of(0.4, 0.5, 0.7, 1.0), List.of(0.3, 0.35, 0.4, 0.5, 0.7, 1.0))
                        .atLeast(1e-3),
                Parameter.perScale("seeds", ParameterType.INT, "independent runs per temperature", 1, 4, 16).atLeast(1),
                Parameter.perScale("particles", ParameterType.INT, "particles per run", 1000, 5000, 50_000).atLeast(1),
                Parameter.perScale("dt", ParameterType.DOUBLE, "Euler–Maruyama time step", 0.005, 0.005, 0.001)
                        .atLeast(1e-9),
                Parameter.perScale("relaxations", ParameterType.DOUBLE, "run length in Kramers relaxation times",
                        6.0, 8.0, 10.0).atLeast(0),
                Parameter.fixed("seed", ParameterType.LONG, "first seed", 1L));
    }

    @Override
    public List<Map<String, Object>> points(Params params) {
        double ratio = params.getDouble("kSharp") / params.getDouble("kFlat");
        if (!(ratio >= 1e-6 && ratio <= 1e6)) {
            throw new IllegalArgumentException("parameters kSharp/kFlat must be in [1e-6, 1e6] (one barrier, no spurious "
                    + "critical points), got " + params.getDouble("kSharp") + "/" + params.getDouble("kFlat") + " = " + ratio);
        }
        return Grid.of("T", params.getDoubleList("temperatures")).by("seed", params.seeds()).points();
    }

    /** The two wells of a run's parameters: {@link Potentials#equalWells}(kFlat, kSharp, barrier). */
    public static DoubleWell wells(Params params) {
        return Potentials.equalWells(params.getDouble("kFlat"), params.getDouble("kSharp"), params.getDouble("barrier"));
    }

    /**
     * The seeds of each temperature of a results table pooled into one {@link Occupation}, ascending in T:
     * the mean flat occupation, standard error √(Σ se²)/seeds, the Boltzmann and Laplace shares.
     */
    public static List<Occupation> pooledOccupation(Table runs) {
        List<Occupation> out = new ArrayList<>();
        double[] temperatures = runs.doubleColumn("T").unique().asDoubleArray();
        java.util.Arrays.sort(temperatures);
        for (double t : temperatures) {
            Table atT = runs.where(runs.doubleColumn("T").isEqualTo(t));
            double se = 0;
            for (double s : atT.doubleColumn("flat_occupation_se").asDoubleArray()) {
                se += s * s;
            }
            out.add(new Occupation(t, atT.doubleColumn("flat_occupation").mean(), Math.sqrt(se) / atT.rowCount(),
                    atT.doubleColumn("boltzmann_flat").getDouble(0), atT.doubleColumn("laplace_flat").getDouble(0)));
        }
        return out;
    }

    @Override
    public Table runPoint(Params params, Map<String, Object> point) {
        double t = (Double) point.get("T");
        DoubleWell wells = wells(params);
        double dt = params.getDouble("dt");
        double relaxationTime = 1 / (wells.kramersRate(0, t) + wells.kramersRate(1, t));
        long steps = (long) Math.ceil(params.getDouble("relaxations") * relaxationTime / dt);
        LangevinRun run = Langevin.of(wells.potential()).temperature(t).timeStep(dt).particles(params.getInt("particles"))
                .seed((Long) point.get("seed")).start(wells.minima()[1]).basins(wells.basins(), 2)
                .recordEvery((int) Math.max(1, steps / 10)).trace(0).run(steps);
        if (run.status() == LangevinRun.Status.DIVERGED) {
            throw new IllegalStateException(run.message());
        }
        BasinMasses exact = Boltzmann.masses(wells, t);
        return Table.create(name(),
                column("flat_occupation", run.finalOccupation(0)),
                column("flat_occupation_se", run.finalOccupationStandardError(0)),
                column("sharp_occupation", run.finalOccupation(1)),
                column("sharp_occupation_se", run.finalOccupationStandardError(1)),
                column("boltzmann_flat", exact.mass(0)),
                column("boltzmann_sharp", exact.mass(1)),
                column("quadrature_error", exact.errors()[0]),
                column("laplace_flat", wells.laplaceLeftMass(t)),
                column("laplace_sharp", 1 - wells.laplaceLeftMass(t)),
                column("simulated_time", run.time()),
                LongColumn.create("steps", new long[] {run.steps()}));
    }

    private static DoubleColumn column(String name, double value) {
        return DoubleColumn.create(name, new double[] {value});
    }
}
