package org.theorykit;

import java.nio.charset.StandardCharsets;

/**
 * Named random streams derived from one seed, so that every stochastic part of an experiment (data,
 * initialization, batch order, noise, restarts) draws from a stream of its own and changing one part
 * never shifts the draws of another. Every experiment derives its seeds here instead of with a formula
 * of its own.
 *
 * <p>The derivation: {@code derive(seed, name, index) = mix(mix(seed ⊕ h(name)) + γ·(index + 1))}, where
 * {@code h} is the 64-bit FNV-1a hash of the name's UTF-8 bytes, γ = 0x9E3779B97F4A7C15 (the golden-ratio
 * increment of SplitMix64) and {@code mix} is SplitMix64's finalizer (Steele, Lea &amp; Flood 2014,
 * "Fast splittable pseudorandom number generators", OOPSLA; variant 13 of Stafford's mixers). The
 * finalizer is a bijection of 64-bit words, so for a fixed name and index distinct seeds give distinct
 * streams, and it avalanches, so neighbouring seeds, indices or names give unrelated streams. The result
 * seeds a {@link java.util.SplittableRandom} or any toolkit routine that takes a seed.
 */
public final class Seeds {

    private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;
    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    private Seeds() {
    }

    /** The seed of stream {@code name} (e.g. "init", "data", "batches"), its first member. */
    public static long derive(long seed, String name) {
        return derive(seed, name, 0);
    }

    /** The seed of member {@code index} ≥ 0 (e.g. a restart or a round) of stream {@code name}. */
    public static long derive(long seed, String name, long index) {
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException("stream name must be a non-empty string, got " + (name == null ? "null" : "\"\""));
        }
        if (index < 0) {
            throw new IllegalArgumentException("stream index must be >= 0, got " + index);
        }
        return mix(mix(seed ^ hash(name)) + GOLDEN_GAMMA * (index + 1));
    }

    /** SplitMix64's output finalizer (Stafford's variant 13), a bijection on 64-bit words. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    private static long hash(String name) {
        long h = FNV_OFFSET;
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            h = (h ^ (b & 0xff)) * FNV_PRIME;
        }
        return h;
    }
}
