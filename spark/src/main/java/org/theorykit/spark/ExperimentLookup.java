package org.theorykit.spark;

import java.lang.reflect.InvocationTargetException;
import org.theorykit.experiment.Experiment;
import org.theorykit.experiment.Experiments;

/**
 * Finds an experiment on the driver and on the executors: a registered one by name, or one of your
 * own by its class name (a public class with a no-argument constructor, shipped with {@code --jars}).
 */
final class ExperimentLookup {

    private ExperimentLookup() {
    }

    /** The registered experiment {@code name}, or, when {@code name} is a class name, a new instance of it. */
    static Experiment byName(String name) {
        if (Experiments.all().stream().anyMatch(e -> e.name().equals(name)) || !name.contains(".")) {
            return Experiments.get(name);
        }
        return byClass(name, name);
    }

    /** The registered experiment {@code name} if it is of {@code className}, else a new {@code className}. */
    static Experiment find(String name, String className) {
        for (Experiment e : Experiments.all()) {
            if (e.name().equals(name) && e.getClass().getName().equals(className)) {
                return e;
            }
        }
        return byClass(name, className);
    }

    private static Experiment byClass(String name, String className) {
        try {
            Class<?> type = Class.forName(className, true, Thread.currentThread().getContextClassLoader());
            return (Experiment) type.getDeclaredConstructor().newInstance();
        } catch (ClassNotFoundException e) {
            throw new IllegalArgumentException("experiment '" + name + "' is not registered and no class " + className
                    + " is on the class path; give a registered name (./theorykit experiment --list) or ship the"
                    + " experiment's jar with --jars", e);
        } catch (ReflectiveOperationException | ClassCastException e) {
            Throwable cause = e instanceof InvocationTargetException i ? i.getCause() : e;
            throw new IllegalArgumentException("cannot make experiment '" + name + "' from " + className
                    + " (an Experiment with a public no-argument constructor): " + cause, cause);
        }
    }
}
