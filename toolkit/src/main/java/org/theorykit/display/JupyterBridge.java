package org.theorykit.display;

import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.util.Map;

/**
 * The bridge to the Jupyter notebook (named apart from the {@code kernel} package, which is the
 * RKHS one): the one place that knows Jupyter kernels. It finds the running kernel of the IJava family by
 * reflection, so the toolkit compiles and runs without any kernel on its class path:
 * <ul>
 *   <li>kernels on jjava-jupyter (theorykit's own kernel, JJava):
 *       {@code org.dflib.jjava.jupyter.kernel.BaseKernel.notebookKernel()};</li>
 *   <li>IJava: {@code io.github.spencerpark.ijava.IJava.getKernelInstance()}.</li>
 * </ul>
 * Both publish through {@code getIO().display}. Outside a kernel (a plain JVM, the launcher's
 * {@code experiment} command, unit tests) {@link #current()} is {@link #NONE}, and the callers
 * fall back to text on standard output.
 */
final class JupyterBridge {

    /** No kernel: displays become text on standard output. */
    static final JupyterBridge NONE = new JupyterBridge("none", null, null);

    private static volatile JupyterBridge current;

    private final String name;
    private final Object kernel;
    private final Class<?> displayDataClass;

    private JupyterBridge(String name, Object kernel, Class<?> displayDataClass) {
        this.name = name;
        this.kernel = kernel;
        this.displayDataClass = displayDataClass;
    }

    /** The kernel this JVM runs in, looked up once. */
    static JupyterBridge current() {
        JupyterBridge bridge = current;
        if (bridge == null) {
            bridge = detect();
            current = bridge;
        }
        return bridge;
    }

    String name() {
        return name;
    }

    boolean isKernel() {
        return kernel != null;
    }

    /**
     * Publishes one display message with the given MIME bundle (mime type → payload; images as
     * base64 strings), optionally under a display id so it can be updated in place later.
     */
    void display(Map<String, String> bundle, String displayId) {
        publish(bundle, displayId, false);
    }

    /** Replaces the content of an earlier display with the same id. */
    void update(Map<String, String> bundle, String displayId) {
        publish(bundle, displayId, true);
    }

    private void publish(Map<String, String> bundle, String displayId, boolean update) {
        if (kernel == null) {
            if (!update) {
                System.out.println(bundle.getOrDefault("text/plain", ""));
            }
            return;
        }
        try {
            Object data = newDisplayData(bundle, displayId);
            Object io = kernel.getClass().getMethod("getIO").invoke(kernel);
            Object stream = io.getClass().getField("display").get(io);
            method(stream.getClass(), update ? "updateDisplay" : "display", displayDataClass)
                    .invoke(stream, data);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot publish display data through the " + name
                    + " kernel: " + e, e);
        }
    }

    private Object newDisplayData(Map<String, String> bundle, String displayId)
            throws ReflectiveOperationException {
        Constructor<?> constructor = displayDataClass.getDeclaredConstructor();
        constructor.setAccessible(true);
        Object data = constructor.newInstance();
        Method put = method(displayDataClass, "putData", String.class, Object.class);
        for (Map.Entry<String, String> entry : bundle.entrySet()) {
            put.invoke(data, entry.getKey(), entry.getValue());
        }
        if (displayId != null) {
            method(displayDataClass, "setDisplayId", String.class).invoke(data, displayId);
        }
        return data;
    }

    /** A public method by name whose parameters accept the given types. */
    private static Method method(Class<?> owner, String name, Class<?>... accepted) throws NoSuchMethodException {
        for (Method m : owner.getMethods()) {
            if (!m.getName().equals(name) || m.getParameterCount() != accepted.length) {
                continue;
            }
            boolean fits = true;
            for (int i = 0; i < accepted.length; i++) {
                fits &= m.getParameterTypes()[i].isAssignableFrom(accepted[i]);
            }
            if (fits) {
                return m;
            }
        }
        throw new NoSuchMethodException(owner.getName() + "." + name);
    }

    private static JupyterBridge detect() {
        try {
            Object kernel = load("org.dflib.jjava.jupyter.kernel.BaseKernel").getMethod("notebookKernel").invoke(null);
            String name = (String) kernel.getClass().getMethod("getName").invoke(kernel);
            return new JupyterBridge(name, kernel, load("org.dflib.jjava.jupyter.kernel.display.DisplayData"));
        } catch (ReflectiveOperationException | LinkageError | RuntimeException noJjavaKernel) {
            // not on jjava-jupyter, or no kernel started in this JVM (notebookKernel() throws)
        }
        try {
            Object kernel = load("io.github.spencerpark.ijava.IJava").getMethod("getKernelInstance").invoke(null);
            if (kernel != null) {
                return new JupyterBridge("ijava", kernel, load("io.github.spencerpark.jupyter.kernel.display.DisplayData"));
            }
        } catch (ReflectiveOperationException | LinkageError absent) {
            // not IJava
        }
        return NONE;
    }

    private static Class<?> load(String className) throws ClassNotFoundException {
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        try {
            return Class.forName(className, true, context != null ? context : JupyterBridge.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            return Class.forName(className, true, ClassLoader.getSystemClassLoader());
        }
    }
}
