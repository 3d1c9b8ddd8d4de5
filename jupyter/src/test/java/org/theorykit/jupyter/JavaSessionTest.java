package org.theorykit.jupyter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The JShell session alone: values, state across cells, errors, completion, documentation. */
class JavaSessionTest {

    private static JavaSession session;

    @BeforeAll
    static void start() {
        session = new JavaSession();
    }

    @AfterAll
    static void close() {
        session.close();
    }

    @Test
    void theValueOfAFinalExpressionIsTheObjectNotItsText() throws CellFailure {
        JavaSession.Outcome outcome = session.run("java.util.List<Integer> xs = new java.util.ArrayList<>();\nxs.add(4);\nxs");
        assertTrue(outcome.hasValue());
        assertEquals(List.of(4), outcome.value());
        assertTrue(outcome.value() instanceof java.util.ArrayList, "the object itself, as the snippet returned it");
    }

    @Test
    void aClosingSemicolonOrADeclarationShowsNothing() throws CellFailure {
        assertFalse(session.run("String s = \"a\" + \"b\";").hasValue());
        assertFalse(session.run("s.length();").hasValue());
        assertEquals(2, session.run("s.length()").value());
        assertFalse(session.run("System.out.print(\"\")").hasValue(), "a void call has no value");
    }

    @Test
    void stateCarriesAcrossCellsAndMethodsCanBeRedefined() throws CellFailure {
        session.run("int twice(int x) { return 2 * x; }");
        assertEquals(6, session.run("twice(3)").value());
        session.run("int twice(int x) { return x + x + 1; }");
        assertEquals(7, session.run("twice(3)").value());
    }

    @Test
    void aCompileErrorNamesTheCellLineAndPointsAtIt() {
        CellFailure f = assertThrows(CellFailure.class, () -> session.run("int a = 1;\nint b = a;\nString c = b;"));
        assertEquals("CompilationError", f.name());
        assertTrue(f.traceback().get(0).startsWith("line 3: incompatible types"), f.traceback().get(0));
        assertEquals("    String c = b;", f.traceback().get(1));
        assertEquals("               ^", f.traceback().get(2));
        CellFailure unknown = assertThrows(CellFailure.class, () -> session.run("int a = 1;\n\nnoSuchThing(a);"));
        assertTrue(unknown.traceback().get(0).startsWith("line 3: cannot find symbol"), unknown.traceback().toString());
    }

    @Test
    void aRuntimeExceptionKeepsItsClassMessageCauseAndCellLine() {
        CellFailure f = assertThrows(CellFailure.class, () -> session.run(
                "int n = 1;\nthrow new IllegalStateException(\"outer\", new ArithmeticException(\"inner\"));"));
        assertEquals("java.lang.IllegalStateException", f.name());
        assertEquals("outer", f.getMessage());
        assertEquals("java.lang.IllegalStateException: outer", f.traceback().get(0));
        assertEquals("    at (cell line 2)", f.traceback().get(1));
        assertTrue(f.traceback().contains("Caused by: java.lang.ArithmeticException: inner"), f.traceback().toString());
        assertTrue(f.traceback().size() <= 2 * (CellFailure.MAX_FRAMES + 2), "a short trace: " + f.traceback());
    }

    @Test
    void aFrameInAMethodOfAnEarlierCellIsNamed() throws CellFailure {
        session.run("void fails() {\n  throw new UnsupportedOperationException(\"no\");\n}");
        CellFailure f = assertThrows(CellFailure.class, () -> session.run("fails();"));
        assertEquals("    at fails (defined in an earlier cell, line 2 of it)", f.traceback().get(1));
        assertEquals("    at (cell line 1)", f.traceback().get(2));
    }

    @Test
    void anUnfinishedCellIsACompileErrorNotASilentNoOp() {
        CellFailure f = assertThrows(CellFailure.class, () -> session.run("for (int i = 0; i < 3; i++) {"));
        assertEquals("CompilationError", f.name());
    }

    @Test
    void completenessTellsCompleteFromUnfinishedFromInvalid() {
        assertEquals("complete", session.completeness("int q = 1;"));
        assertEquals("incomplete", session.completeness("for (int i = 0; i < 3; i++) {"));
        assertEquals("complete", session.completeness(""));
    }

    @Test
    void completionOffersMembersAfterADot() {
        JavaSession.Completions c = session.complete("Math.ma", 7).orElseThrow();
        assertTrue(c.options().contains("max("), c.options().toString());
        assertEquals(5, c.start());
    }

    @Test
    void completionInALaterStatementOfACellSeesTheSessionsNames() throws CellFailure {
        session.run("int longName = 1;");
        String cell = "int other = 2;\nother += longN";
        JavaSession.Completions c = session.complete(cell, cell.length()).orElseThrow();
        assertTrue(c.options().contains("longName"), c.options().toString());
        assertEquals(cell.length() - "longN".length(), c.start());
    }

    @Test
    void documentationShowsSignaturesOnAMethodNameOrInsideItsCall() {
        String inside = session.documentation("Math.max(", 9, false).orElseThrow();
        assertTrue(inside.contains("int Math.max(int a, int b)"), inside);
        String onName = session.documentation("Math.abs", 7, false).orElseThrow();
        assertTrue(onName.contains("Math.abs(double a)"), onName);
        String later = "int k = 1;\nMath.abs";
        assertTrue(session.documentation(later, later.length() - 1, false).orElseThrow().contains("Math.abs(int a)"));
        assertFalse(session.documentation("   ", 1, false).isPresent());
    }
}
