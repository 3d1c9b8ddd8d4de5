package org.theorykit.jupyter;

import java.nio.file.Files;
import java.nio.file.Path;
import org.dflib.jjava.jupyter.channels.JupyterConnection;
import org.dflib.jjava.jupyter.kernel.KernelConnectionProperties;

/**
 * Starts the kernel on a Jupyter connection file: {@code java ... org.theorykit.jupyter.KernelMain
 * CONNECTION_FILE}. Environment: {@code THEORYKIT_INIT_SCRIPT} names a JShell script run at start
 * (the set-up writes one with the toolkit's imports); {@code THEORYKIT_MVN} the Maven command for
 * {@code %maven} (default {@code mvn}).
 *
 * <p>Every handler is registered before the sockets are bound, so the first request a client
 * sends is answered however early it arrives; requests that need Java wait for the session.
 */
public final class KernelMain {

    private KernelMain() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            System.err.println("usage: KernelMain CONNECTION_FILE (the JSON file Jupyter writes for a kernel)");
            System.exit(2);
        }
        KernelConnectionProperties properties = KernelConnectionProperties.parse(Files.readString(Path.of(args[0])));
        String init = System.getenv("THEORYKIT_INIT_SCRIPT");
        String mvn = System.getenv().getOrDefault("THEORYKIT_MVN", "mvn");
        TheorykitKernel kernel = new TheorykitKernel(init == null || init.isBlank() ? null : Path.of(init),
                Path.of("").toAbsolutePath(), new MavenResolver(mvn));
        JupyterConnection connection = new JupyterConnection(properties);
        kernel.becomeHandlerForConnection(connection);
        kernel.onStartup();
        connection.connect();
        connection.waitUntilClose();
        System.exit(0);
    }
}
