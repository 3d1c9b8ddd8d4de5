package org.theorykit.bench;

/** What the harness measured for one theorykit workload. */
record Measurement(String name, Timing timing, double flopsPerRun, long peakHeapBytes, long offHeapBytes) {
}
