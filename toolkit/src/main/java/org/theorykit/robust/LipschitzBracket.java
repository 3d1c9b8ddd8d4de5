package org.theorykit.robust;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * lower ≤ Lip(f) ≤ upper, with every estimate that went into it. {@link #lower()} is the largest lower
 * bound (each is a witnessed gradient norm or difference quotient of f, so valid by construction);
 * {@link #upper()} the smallest valid upper bound (+∞ when no certificate applies to the model).
 */
public record LipschitzBracket(List<LipschitzEstimate> lowerBounds, List<LipschitzEstimate> upperBounds) {

    public LipschitzBracket {
        if (lowerBounds == null || lowerBounds.isEmpty() || upperBounds == null) {
            throw new IllegalArgumentException("lowerBounds = " + lowerBounds + ", upperBounds = " + upperBounds
                    + "; accepted: at least one lower bound and a (possibly empty) list of upper bounds");
        }
        if (lowerBounds.stream().anyMatch(e -> !e.lower()) || upperBounds.stream().anyMatch(LipschitzEstimate::lower)) {
            throw new IllegalArgumentException("lowerBounds must hold lower estimates and upperBounds upper ones");
        }
        lowerBounds = List.copyOf(lowerBounds);
        upperBounds = List.copyOf(upperBounds);
    }

    /** The best (largest) lower bound, with its point. */
    public LipschitzEstimate bestLower() {
        return lowerBounds.stream().max(Comparator.comparingDouble(LipschitzEstimate::value)).orElseThrow();
    }

    /** The best (smallest) upper bound, empty if no certificate applies. */
    public Optional<LipschitzEstimate> bestUpper() {
        return upperBounds.stream().min(Comparator.comparingDouble(LipschitzEstimate::value));
    }

    public double lower() {
        return bestLower().value();
    }

    /** min of the upper bounds, +∞ if there is none. */
    public double upper() {
        return bestUpper().map(LipschitzEstimate::value).orElse(Double.POSITIVE_INFINITY);
    }

    /** The value of the estimate with this name; the error lists the names present. */
    public double value(String name) {
        return find(name).map(LipschitzEstimate::value).orElseThrow(() -> new IllegalArgumentException(
                "name = " + name + "; accepted: one of " + java.util.stream.Stream.concat(lowerBounds.stream(),
                        upperBounds.stream()).map(LipschitzEstimate::name).toList()));
    }

    /** The estimate with this name, if present. */
    public Optional<LipschitzEstimate> find(String name) {
        return java.util.stream.Stream.concat(lowerBounds.stream(), upperBounds.stream())
                .filter(e -> e.name().equals(name)).findFirst();
    }

    /** upper / lower: 1 when the bracket is tight. */
    public double ratio() {
        return upper() / lower();
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "%.4g (%s) <= Lip <= %.4g (%s)", lower(), bestLower().name(),
                upper(), bestUpper().map(LipschitzEstimate::name).orElse("none"));
    }
}
