package org.theorykit.jupyter;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import org.dflib.jjava.jupyter.channels.ShellReplyEnvironment;
import org.dflib.jjava.jupyter.kernel.BaseKernel;
import org.dflib.jjava.jupyter.kernel.LanguageInfo;
import org.dflib.jjava.jupyter.kernel.ReplacementOptions;
import org.dflib.jjava.jupyter.kernel.comm.CommManager;
import org.dflib.jjava.jupyter.kernel.display.DisplayData;
import org.dflib.jjava.jupyter.kernel.display.Renderer;
import org.dflib.jjava.jupyter.kernel.util.StringStyler;
import org.dflib.jjava.jupyter.messages.Message;
import org.dflib.jjava.jupyter.messages.publish.PublishError;
import org.dflib.jjava.jupyter.messages.publish.PublishExecuteInput;
import org.dflib.jjava.jupyter.messages.publish.PublishExecuteResult;
import org.dflib.jjava.jupyter.messages.reply.ErrorReply;
import org.dflib.jjava.jupyter.messages.reply.ExecuteReply;
import org.dflib.jjava.jupyter.messages.request.ExecuteRequest;
import org.theorykit.display.Display;

/**
 * theorykit's Jupyter kernel: Java cells in a JShell session ({@link JavaSession}) behind
 * jjava-jupyter's implementation of the Jupyter messaging protocol ({@link BaseKernel}).
 *
 * <p>Threads. jjava-jupyter reads the shell and the control channel on a thread each. All JShell
 * work runs on one more thread of its own ("java"), which the shell thread waits on; so an
 * interrupt, arriving on the control thread, is handled while a cell runs, and a cell that
 * cannot be stopped does not take the kernel down with it.
 *
 * <p>Interrupt. First the cell's threads get their interrupt flag (the toolkit's loops check it,
 * {@code Thread.sleep} and blocking calls throw); after {@link #GRACE_MILLIS} JShell's hard
 * stop follows (see {@link CellExecutionControl} for what it can stop on which JDK). The cell
 * always ends with an error named {@code Interrupted}. If it is still running
 * {@link #UNSTOPPABLE_MILLIS} after the interrupt, the kernel answers anyway, says so, and
 * refuses further cells until it is restarted.
 */
final class TheorykitKernel extends BaseKernel {

    /** Time the cell's threads get to honour their interrupt flag before JShell's hard stop. */
    static final long GRACE_MILLIS = 300;
    /** Time after an interrupt when a still-running cell is given up on. */
    static final long UNSTOPPABLE_MILLIS = 3000;

    private final KernelIO kernelIO;
    /** The process's own standard error (Jupyter's kernel log), kept before cells redirect System.err. */
    private final PrintStream log = System.err;
    private final CellHistory history;
    private final ExecutorService javaThread = Executors.newSingleThreadExecutor(r -> daemon(r, "java"));
    private final CompletableFuture<JavaSession> session = new CompletableFuture<>();
    private final Path initScript;
    private final Path workingDirectory;
    private final MavenResolver maven;
    private volatile CellRunner runner;
    private volatile RunningCell running;

    /** The cell on the java thread, and when (System.nanoTime) it was interrupted, 0 if not. */
    private record RunningCell(Future<JavaSession.Outcome> future, AtomicLong interruptedAt) {
        boolean interrupted() {
            return interruptedAt.get() != 0;
        }
    }

    TheorykitKernel(Path initScript, Path workingDirectory, MavenResolver maven) {
        this(new KernelIO(), new CellHistory(), initScript, workingDirectory, maven);
    }

    private TheorykitKernel(KernelIO io, CellHistory history, Path initScript, Path workingDirectory, MavenResolver maven) {
        super("theorykit", version(),
                new LanguageInfo("Java", System.getProperty("java.version"), "text/x-java-source", ".jshell",
                        "java", "java", "script"),
                List.of(),
                history, io, new CommManager(), new Renderer(), null, null, false,
                new StringStyler.Builder().build());
        this.kernelIO = io;
        this.history = history;
        this.initScript = initScript;
        this.workingDirectory = workingDirectory;
        this.maven = maven;
    }

    /** Starts the JShell session on the java thread; requests that need it wait for it. */
    @Override
    public void onStartup() {
        super.onStartup();
        javaThread.submit(() -> {
            try {
                long start = System.nanoTime();
                JavaSession started = new JavaSession();
                runner = new CellRunner(started, workingDirectory, maven);
                runInitScript(started);
                session.complete(started);
                log.printf(java.util.Locale.ROOT, "theorykit kernel: Java %s session ready in %.2f s%n",
                        Runtime.version(), (System.nanoTime() - start) / 1e9);
            } catch (Throwable t) {
                session.completeExceptionally(t);
            }
        });
        Thread warmUp = daemon(Warmup::charts, "chart warm-up");
        warmUp.start();
    }

    private void runInitScript(JavaSession started) {
        if (initScript == null) {
            return;
        }
        try {
            started.run(Files.readString(initScript));
            started.run("1 + 1"); // compiles one expression, so the first cell does not pay for it
        } catch (IOException | CellFailure e) {
            log.println("theorykit kernel: the start-up script " + initScript + " failed: " + e.getMessage());
        }
    }

    @Override
    protected synchronized void handleExecuteRequest(ShellReplyEnvironment env, Message<ExecuteRequest> message) {
        commManager.setMessageContext(message);
        ExecuteRequest request = message.getContent();
        int count = executionCount.getAndIncrement();
        env.setBusyDeferIdle();
        env.publish(new PublishExecuteInput(request.getCode(), count));
        replaceOutputStreams(env);
        kernelIO.attach(env, request.isStdinEnabled());
        env.defer(() -> kernelIO.detach(env));
        history.add(request.getCode());
        try {
            JavaSession.Outcome outcome = execute(request.getCode());
            if (outcome.hasValue()) {
                env.publish(new PublishExecuteResult(count, render(outcome.value())));
            }
            env.defer().reply(new ExecuteReply(count, Map.of()));
        } catch (CellFailure f) {
            kernelIO.out.flush();
            ErrorReply error = new ErrorReply(f.name(), f.getMessage(), f.traceback());
            error.setExecutionCount(count);
            env.publish(new PublishError(f.name(), f.getMessage(), f.traceback()));
            env.defer().replyError(ExecuteReply.MESSAGE_TYPE.error(), error);
        }
    }

    private JavaSession.Outcome execute(String code) throws CellFailure {
        RunningCell previous = running;
        if (previous != null && !previous.future().isDone()) {
            throw new CellFailure("KernelBusy", "an earlier cell ignored the interrupt and is still running",
                    List.of("An earlier cell ignored the interrupt and is still running, so this cell was not run.",
                            "Restart the kernel (Kernel > Restart) to stop it; cached sweep points are kept."));
        }
        awaitSession();
        RunningCell cell = new RunningCell(javaThread.submit(() -> {
            session.get().startCell();
            return runner.run(code);
        }), new AtomicLong());
        running = cell;
        try {
            JavaSession.Outcome outcome = await(cell);
            if (cell.interrupted()) {
                throw interrupted(cell, "the cell returned normally after the interrupt");
            }
            return outcome;
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cell.interrupted()) {
                throw interrupted(cell, cause instanceof CellFailure f ? f.name() + ": " + f.getMessage() : cause.toString());
            }
            throw cause instanceof CellFailure f ? f : CellFailure.thrown(cause);
        }
    }

    private JavaSession.Outcome await(RunningCell cell) throws ExecutionException, CellFailure {
        while (true) {
            try {
                return cell.future().get(20, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                if (cell.interrupted() && millisSince(cell.interruptedAt().get()) > UNSTOPPABLE_MILLIS) {
                    throw new CellFailure("Interrupted", "the cell ignores the interrupt and keeps running", List.of(
                            "Interrupted: the cell did not stop within " + UNSTOPPABLE_MILLIS / 1000 + " s of the interrupt.",
                            "Its code neither checks Thread.interrupted() nor can be stopped by JShell on Java "
                                    + Runtime.version().feature() + " (a busy loop inside a library method).",
                            "It keeps running in the background; restart the kernel (Kernel > Restart) to stop it."));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CellFailure("Interrupted", "the kernel is shutting down", List.of("the kernel is shutting down"));
            }
        }
    }

    private static CellFailure interrupted(RunningCell cell, String how) {
        String after = String.format(java.util.Locale.ROOT, "%.2f s", millisSince(cell.interruptedAt().get()) / 1000.0);
        return new CellFailure("Interrupted", "the cell was stopped by the kernel's interrupt",
                List.of("Interrupted: the cell was stopped by the kernel's interrupt (it ended " + after + " after it).",
                        "How it ended: " + how));
    }

    /** Called on the control thread: asks the running cell to stop, then stops it hard. */
    @Override
    public void interrupt() {
        RunningCell cell = running;
        JavaSession java = session.getNow(null);
        if (cell == null || java == null || cell.future().isDone() || cell.interrupted()) {
            return;
        }
        cell.interruptedAt().set(System.nanoTime());
        java.cancel();
        Thread hardStop = daemon(() -> {
            try {
                cell.future().get(GRACE_MILLIS, TimeUnit.MILLISECONDS);
            } catch (TimeoutException notYet) {
                // JShell stops only code that is running: repeat until the cell ends or is given up on
                while (!cell.future().isDone() && millisSince(cell.interruptedAt().get()) < UNSTOPPABLE_MILLIS) {
                    java.stop();
                    sleepQuietly(GRACE_MILLIS / 3);
                }
            } catch (InterruptedException | ExecutionException done) {
                // ended, one way or the other
            }
        }, "interrupt");
        hardStop.start();
    }

    private static void sleepQuietly(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void onShutdown(boolean isRestarting) {
        JavaSession java = session.getNow(null);
        if (java != null) {
            java.cancel();
            java.stop();
        }
        javaThread.shutdownNow();
        super.onShutdown(isRestarting);
    }

    @Override
    public Object evalRaw(String code) {
        throw new UnsupportedOperationException("cells run through handleExecuteRequest");
    }

    @Override
    public DisplayData inspect(String code, int at, boolean extraDetail) {
        return onJavaThread(() -> session.get().documentation(code, at, extraDetail))
                .flatMap(doc -> doc).map(DisplayData::new).orElse(null);
    }

    @Override
    public ReplacementOptions complete(String code, int at) {
        return onJavaThread(() -> session.get().complete(code, at)).flatMap(c -> c)
                .map(c -> new ReplacementOptions(c.options(), c.start(), at)).orElse(null);
    }

    @Override
    public String isComplete(String code) {
        String java = code.lines().map(l -> l.strip().startsWith("%") ? "" : l).reduce("", (a, b) -> a + b + "\n");
        String answer = onJavaThread(() -> session.get().completeness(java)).orElse("unknown");
        return switch (answer) {
            case "complete" -> IS_COMPLETE_YES;
            case "invalid" -> IS_COMPLETE_BAD;
            case "incomplete" -> "    ";
            default -> IS_COMPLETE_MAYBE;
        };
    }

    /** A request that needs JShell, answered only when the java thread is free within a few seconds. */
    private <T> java.util.Optional<T> onJavaThread(Callable<T> work) {
        RunningCell cell = running;
        if (cell != null && !cell.future().isDone()) {
            return java.util.Optional.empty();
        }
        try {
            return java.util.Optional.ofNullable(javaThread.submit(work).get(10, TimeUnit.SECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return java.util.Optional.empty();
        } catch (ExecutionException | TimeoutException e) {
            return java.util.Optional.empty();
        }
    }

    private void awaitSession() throws CellFailure {
        try {
            session.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CellFailure("KernelStartup", "interrupted while the Java session started", List.of());
        } catch (ExecutionException e) {
            throw new CellFailure("KernelStartup", "the Java session did not start: " + e.getCause(),
                    List.of("the Java session did not start: " + e.getCause()));
        }
    }

    /** Tables, charts and images as the toolkit shows them; anything else as text. */
    static DisplayData render(Object value) {
        DisplayData data = new DisplayData();
        Display.mimeBundle(value).orElseGet(() -> Map.of("text/plain", text(value))).forEach(data::putData);
        return data;
    }

    private static String text(Object value) {
        if (value != null && value.getClass().isArray()) {
            String wrapped = Arrays.deepToString(new Object[] {value});
            return wrapped.substring(1, wrapped.length() - 1);
        }
        return String.valueOf(value);
    }

    private static long millisSince(long nanos) {
        return (System.nanoTime() - nanos) / 1_000_000;
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    private static String version() {
        String v = TheorykitKernel.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }
}
