package org.theorykit.jupyter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Cells with IJava's magics. */
class CellRunnerTest {

    private static JavaSession session;
    @TempDir
    static Path dir;
    private static CellRunner runner;

    @BeforeAll
    static void start() {
        session = new JavaSession();
        runner = new CellRunner(session, dir, new MavenResolver("mvn"));
    }

    @AfterAll
    static void close() {
        session.close();
    }

    @Test
    void classpathAddsAJarsClassesToCompilerAndLoader() throws Exception {
        Path src = Files.createDirectories(dir.resolve("src/demo"));
        Files.writeString(src.resolve("Greeter.java"),
                "package demo; public class Greeter { public String greet() { return \"hello\"; } }");
        Path classes = Files.createDirectories(dir.resolve("classes"));
        int status = ToolProvider.getSystemJavaCompiler().run(null, null, null,
                "-d", classes.toString(), src.resolve("Greeter.java").toString());
        assertEquals(0, status);
        assertThrows(CellFailure.class, () -> runner.run("new demo.Greeter()"), "not on the class path yet");
        assertEquals("hello", runner.run("%classpath classes\nnew demo.Greeter().greet()").value());
    }

    @Test
    void loadRunsAFileAsIfItStoodInTheCell() throws Exception {
        Files.writeString(dir.resolve("helpers.jsh"), "int square(int x) { return x * x; }\nint nine = square(3);");
        assertEquals(81, runner.run("%load helpers.jsh\nsquare(nine)").value());
    }

    @Test
    void timePrintsTheWallTimeOfTheRestOfTheCell() throws Exception {
        String out = captured(() -> assertEquals(5, runner.run("%%time\nThread.sleep(50);\n2 + 3").value()));
        assertTrue(out.matches("wall time: 0\\.\\d{3} s\\R"), out);
        double seconds = Double.parseDouble(out.replaceAll("[^0-9.]", ""));
        assertTrue(seconds >= 0.05, out);
    }

    @Test
    void compileErrorsAfterAMagicKeepTheCellsLineNumbers() throws Exception {
        Files.writeString(dir.resolve("empty.jsh"), "");
        CellFailure f = assertThrows(CellFailure.class, () -> runner.run("int a = 1;\n%load empty.jsh\nint b = \"two\";\n"));
        assertTrue(f.traceback().get(0).startsWith("line 3: incompatible types"), f.traceback().toString());
    }

    @Test
    void unknownMagicsAndMissingArgumentsAreClearErrors() {
        CellFailure unknown = assertThrows(CellFailure.class, () -> runner.run("%javadoc Math"));
        assertEquals("UnknownMagic", unknown.name());
        assertTrue(unknown.getMessage().contains("%classpath, %jars, %load, %maven, %%time"), unknown.getMessage());
        assertEquals("UnknownMagic", assertThrows(CellFailure.class, () -> runner.run("%%html\n<b>x</b>")).name());
        assertEquals("MagicError", assertThrows(CellFailure.class, () -> runner.run("%load")).name());
        assertEquals("ClasspathError", assertThrows(CellFailure.class, () -> runner.run("%jars no/such/*.jar")).name());
        assertEquals("MavenError", assertThrows(CellFailure.class, () -> runner.run("%maven not-coordinates")).name());
    }

    @Test
    void mavenResolvesAnArtifactWithItsDependencies() throws Exception {
        // jjava-jupyter is in the local repository (this module depends on it); it brings Gson and JeroMQ.
        List<Path> jars = new MavenResolver("mvn").resolve(List.of("org.dflib.jjava:jjava-jupyter:1.0-a6"));
        assertTrue(jars.stream().anyMatch(p -> p.getFileName().toString().startsWith("jjava-jupyter-1.0-a6")), jars.toString());
        assertTrue(jars.stream().anyMatch(p -> p.getFileName().toString().startsWith("jeromq")), jars.toString());
        assertTrue(jars.stream().allMatch(Files::isRegularFile), jars.toString());
    }

    private interface Action {
        void run() throws Exception;
    }

    private static String captured(Action action) throws Exception {
        PrintStream original = System.out;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        try {
            action.run();
        } finally {
            System.setOut(original);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
