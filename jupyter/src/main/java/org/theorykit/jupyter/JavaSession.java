package org.theorykit.jupyter;

import java.io.File;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import jdk.jshell.Diag;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.SourceCodeAnalysis.Completeness;
import jdk.jshell.SourceCodeAnalysis.CompletionInfo;
import jdk.jshell.VarSnippet;

/**
 * One JShell session running in this JVM: the Java state a notebook builds up cell by cell.
 * A cell is split into JShell snippets (statements, declarations, expressions) and evaluated in
 * order; the first failure ends the cell. Not thread-safe: the kernel calls it from one thread,
 * except {@link #stop()} and {@link #interruptSnippetThreads()}, which are meant for another.
 *
 * <p>Java code runs in-process ({@link CellExecutionControl}), with the JVM's class path (the
 * toolkit and its libraries) visible to the compiler and to the snippets.
 */
final class JavaSession implements AutoCloseable {

    /** What a cell left to display: the value of its last snippet, if that is an expression. */
    record Outcome(boolean hasValue, Object value) {
        static final Outcome NONE = new Outcome(false, null);
    }

    private final JShell shell;
    private final CellExecutionControl control;
    private final SourceCodeAnalysis analysis;
    /** Snippet id → the cell line its source starts on, for the cell being run. */
    private final Map<String, Integer> snippetLines = new HashMap<>();

    JavaSession() {
        CellExecutionControl.Provider provider = new CellExecutionControl.Provider();
        this.shell = JShell.builder().executionEngine(provider, null).build();
        this.control = provider.control();
        this.analysis = shell.sourceCodeAnalysis();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (!entry.isBlank()) {
                shell.addToClasspath(entry);
            }
        }
    }

    /**
     * Evaluates a cell. Its value is shown only when the last snippet is an expression not closed
     * by a semicolon ({@code table} shows the table, {@code list.add(x);} shows nothing).
     *
     * @throws CellFailure for a compile error, an exception thrown by the code, or unfinished input
     */
    Outcome run(String cell) throws CellFailure {
        String remaining = cell;
        Outcome outcome = Outcome.NONE;
        snippetLines.clear();
        while (!remaining.isBlank()) {
            if (control.cancelled()) {
                throw new CellFailure("Interrupted", "the cell was interrupted", List.of("Interrupted"));
            }
            CompletionInfo info = analysis.analyzeCompletion(remaining);
            if (info.completeness() == Completeness.EMPTY) {
                break;
            }
            if (!info.completeness().isComplete()) {
                throw new CellFailure("CompilationError", "the cell ends inside an unfinished statement",
                        List.of("unfinished input: " + firstLine(remaining)));
            }
            int offset = cell.length() - remaining.length();
            remaining = info.remaining();
            outcome = evaluate(info.source(), cell, offset, remaining.isBlank() && !cell.stripTrailing().endsWith(";"));
        }
        return outcome;
    }

    private Outcome evaluate(String source, String cell, int offset, boolean showValue) throws CellFailure {
        Outcome outcome = Outcome.NONE;
        for (SnippetEvent event : shell.eval(source)) {
            if (event.causeSnippet() != null) {
                continue; // a dependent snippet re-evaluated, not this one
            }
            Snippet snippet = event.snippet();
            snippetLines.put(snippet.id(), lineOf(cell, cell.indexOf(firstLine(source).strip(), offset)));
            if (event.exception() != null) {
                throw CellFailure.thrown(event.exception(), this::describe);
            }
            if (event.status() == Snippet.Status.REJECTED) {
                throw compileError(snippet, source, cell, offset);
            }
            if (showValue && isExpression(snippet) && event.value() != null) {
                outcome = new Outcome(true, control.lastValue());
            }
        }
        return outcome;
    }

    private static boolean isExpression(Snippet snippet) {
        return snippet.kind() == Snippet.Kind.EXPRESSION
                || (snippet instanceof VarSnippet && snippet.subKind() == Snippet.SubKind.TEMP_VAR_EXPRESSION_SUBKIND);
    }

    /** A compile error, with the cell's line number, the line and a caret under the problem. */
    private CellFailure compileError(Snippet snippet, String source, String cell, int offset) {
        List<String> lines = new ArrayList<>();
        List<Diag> errors = shell.diagnostics(snippet).filter(Diag::isError).collect(Collectors.toList());
        int start = cell.indexOf(firstLine(source).strip(), offset);
        int sourceShift = source.indexOf(firstLine(source).strip());
        for (Diag diag : errors) {
            String message = diag.getMessage(null);
            if (start < 0 || diag.getPosition() < 0) {
                lines.add("error: " + message);
                continue;
            }
            int at = Math.min(cell.length(), start + (int) diag.getPosition() - sourceShift);
            int lineStart = cell.lastIndexOf('\n', at - 1) + 1;
            int lineEnd = cell.indexOf('\n', at);
            String line = cell.substring(lineStart, lineEnd < 0 ? cell.length() : lineEnd);
            int lineNumber = lineOf(cell, lineStart);
            lines.add("line " + lineNumber + ": " + message);
            lines.add("    " + line);
            lines.add("    " + " ".repeat(Math.max(0, at - lineStart)) + "^");
        }
        if (errors.isEmpty()) {
            lines.add("error: JShell rejected: " + firstLine(source));
        }
        String first = errors.isEmpty() ? "rejected" : errors.get(0).getMessage(null).lines().findFirst().orElse("");
        return new CellFailure("CompilationError", first, lines);
    }

    /** 1-based line of a character offset (the first line for a negative offset). */
    private static int lineOf(String text, int offset) {
        return offset < 0 ? 1 : (int) text.substring(0, offset).chars().filter(c -> c == '\n').count() + 1;
    }

    /**
     * A stack frame for a reader: JShell names a snippet's frames by the snippet's id
     * ({@code #12:3}, line 3 of snippet 12), which this writes as a line of the cell, or as a
     * method of an earlier cell.
     */
    private String describe(StackTraceElement frame) {
        String file = frame.getFileName();
        if (file == null || !file.startsWith("#")) {
            return frame.toString();
        }
        Integer first = snippetLines.get(file.substring(1));
        String method = frame.getMethodName().isEmpty() || frame.getMethodName().equals("do_it$")
                ? "" : frame.getMethodName() + " ";
        return first != null
                ? method + "(cell line " + (first + frame.getLineNumber() - 1) + ")"
                : method + "(defined in an earlier cell, line " + frame.getLineNumber() + " of it)";
    }

    /** Completions at {@code cursor}: the replacements and the start of the text they replace. */
    Optional<Completions> complete(String code, int cursor) {
        int start = currentSnippetStart(code, cursor);
        String snippet = code.substring(start, cursor);
        int[] anchor = new int[1];
        Set<String> options = new LinkedHashSet<>();
        for (SourceCodeAnalysis.Suggestion s : analysis.completionSuggestions(snippet, snippet.length(), anchor)) {
            options.add(s.continuation());
        }
        return options.isEmpty() ? Optional.empty() : Optional.of(new Completions(List.copyOf(options), start + anchor[0]));
    }

    /** Where the snippet the cursor is in starts: after the last complete snippet before it. */
    private int currentSnippetStart(String code, int cursor) {
        String remaining = code.substring(0, cursor);
        while (!remaining.isBlank()) {
            CompletionInfo info = analysis.analyzeCompletion(remaining);
            if (!info.completeness().isComplete() || info.remaining().isBlank()) {
                break;
            }
            remaining = info.remaining();
        }
        return cursor - remaining.length();
    }

    /** Replacement texts for [start, cursor). */
    record Completions(List<String> options, int start) {
    }

    /**
     * The signatures (and with {@code detail} the javadoc, where sources are available) of what
     * stands at {@code cursor}: a method name or the inside of a call's parentheses.
     */
    Optional<String> documentation(String code, int cursor, boolean detail) {
        int end = cursor;
        while (end < code.length() && Character.isJavaIdentifierPart(code.charAt(end))) {
            end++;
        }
        String snippet = code.substring(currentSnippetStart(code, cursor), end);
        int at = snippet.length() - (end - cursor);
        List<SourceCodeAnalysis.Documentation> docs = analysis.documentation(snippet, at, detail);
        if (docs.isEmpty()) {
            docs = analysis.documentation(snippet + "(", snippet.length() + 1, detail);
        }
        if (docs.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder text = new StringBuilder();
        for (SourceCodeAnalysis.Documentation doc : docs) {
            text.append(doc.signature()).append('\n');
            if (detail && doc.javadoc() != null) {
                text.append(doc.javadoc()).append("\n\n");
            }
        }
        return Optional.of(text.toString().stripTrailing());
    }

    /** Jupyter's is_complete: "complete", "incomplete" or "invalid". */
    String completeness(String code) {
        String remaining = code;
        while (!remaining.isBlank()) {
            CompletionInfo info = analysis.analyzeCompletion(remaining);
            switch (info.completeness()) {
                case EMPTY:
                    return "complete";
                case DEFINITELY_INCOMPLETE:
                case CONSIDERED_INCOMPLETE:
                    return "incomplete";
                case UNKNOWN:
                    return "invalid";
                default:
                    remaining = info.remaining();
            }
        }
        return "complete";
    }

    /** Adds a jar or class directory for the compiler and for the snippets' class loader. */
    void addToClasspath(String path) {
        shell.addToClasspath(path);
    }

    /**
     * Asks the running cell to stop: sets its threads' interrupt flag and lets no further
     * statement of it start, until {@link #startCell()}. Returns at once; callable from any thread.
     */
    void cancel() {
        control.cancel();
    }

    /** Marks the start of a new cell: a cancel of the previous one no longer applies. */
    void startCell() {
        control.resetCancel();
    }

    /** JShell's hard stop of the running snippet (see {@link CellExecutionControl}). */
    void stop() {
        shell.stop();
    }

    @Override
    public void close() {
        shell.close();
    }

    private static String firstLine(String text) {
        String stripped = text.stripLeading();
        int newline = stripped.indexOf('\n');
        return newline < 0 ? stripped : stripped.substring(0, newline);
    }
}
