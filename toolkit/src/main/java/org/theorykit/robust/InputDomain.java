package org.theorykit.robust;

import org.theorykit.Arguments;

/**
 * Where a search for a large input gradient may go: the sphere ‖x‖ = r (the support of the uniform
 * law on S^(d−1) when r = 1), the ball ‖x‖ ≤ r, or all of R^d. The Lipschitz constant that matters for
 * the law of robustness is the one on the data's support, so a search should stay on it.
 *
 * @param kind   SPHERE, BALL or WHOLE_SPACE
 * @param radius r (infinite for WHOLE_SPACE)
 */
public record InputDomain(Kind kind, double radius) {

    public enum Kind { SPHERE, BALL, WHOLE_SPACE }

    public InputDomain {
        Arguments.notNull("kind", kind);
        if (kind != Kind.WHOLE_SPACE) {
            Arguments.positiveFinite("radius", radius);
        }
    }

    /** ‖x‖ = r. */
    public static InputDomain sphere(double radius) {
        return new InputDomain(Kind.SPHERE, radius);
    }

    /** ‖x‖ ≤ r. */
    public static InputDomain ball(double radius) {
        return new InputDomain(Kind.BALL, radius);
    }

    /** R^d, no projection. */
    public static InputDomain wholeSpace() {
        return new InputDomain(Kind.WHOLE_SPACE, Double.POSITIVE_INFINITY);
    }

    /** Projects x onto the domain in place (the nearest point; x = 0 on the sphere goes to r·e₁). */
    public void project(double[] x) {
        if (kind == Kind.WHOLE_SPACE) {
            return;
        }
        double norm = 0;
        for (double v : x) {
            norm += v * v;
        }
        norm = Math.sqrt(norm);
        if (norm == 0) {
            if (kind == Kind.SPHERE) {
                x[0] = radius;
            }
            return;
        }
        if (kind == Kind.SPHERE || norm > radius) {
            double scale = radius / norm;
            for (int i = 0; i < x.length; i++) {
                x[i] *= scale;
            }
        }
    }

    /**
     * Removes from a search direction v at x the part the projection would undo: on the sphere the
     * radial component (v ← v − (v·x̂)x̂, the Riemannian gradient); elsewhere v is unchanged.
     */
    public void tangent(double[] x, double[] direction) {
        if (kind != Kind.SPHERE) {
            return;
        }
        double xx = 0;
        double xv = 0;
        for (int i = 0; i < x.length; i++) {
            xx += x[i] * x[i];
            xv += x[i] * direction[i];
        }
        if (xx > 0) {
            for (int i = 0; i < x.length; i++) {
                direction[i] -= xv / xx * x[i];
            }
        }
    }

    @Override
    public String toString() {
        return switch (kind) {
            case SPHERE -> "sphere of radius " + radius;
            case BALL -> "ball of radius " + radius;
            case WHOLE_SPACE -> "whole space";
        };
    }
}
