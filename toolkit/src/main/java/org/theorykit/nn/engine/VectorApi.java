package org.theorykit.nn.engine;

/**
 * Whether the JDK's Vector API (module {@code jdk.incubator.vector}, JEP 338 and successors) can be used:
 * it is an incubator module, so the JVM resolves it only when started with
 * {@code --add-modules jdk.incubator.vector} — the launcher, the kernel spec and the tests do that.
 * Without it the engines that use it are never loaded and the plain-Java paths run instead. This class
 * refers to no type of the module, so it loads on any JVM.
 */
final class VectorApi {

    /** Set {@code -Dtheorykit.vectorApi=false} to run the plain-Java paths although the module is present. */
    static final String SWITCH = "theorykit.vectorApi";

    private VectorApi() {
    }

    /** True when the module is in the boot layer and the switch is not "false"; read at every call. */
    static boolean available() {
        return ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent()
                && !"false".equals(System.getProperty(SWITCH));
    }
}
