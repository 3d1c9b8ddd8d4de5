package org.theorykit.bench;

import java.lang.management.BufferPoolMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.stream.Stream;
import org.bytedeco.javacpp.Pointer;

/**
 * Peak Java-heap use between {@link #reset()} and {@link #peakBytes()}, from the JVM's memory pools.
 * The pool peaks are summed, which can only overstate the true peak. Off-heap memory (direct buffers, where
 * {@code Blas} operands live, and JavaCPP pointers) is not heap; {@link #offHeapBytes()} reports it separately.
 */
final class HeapPeak {

    private HeapPeak() {
    }

    /** Collects garbage and restarts the peak count of every heap pool. */
    static void reset() {
        System.gc();
        heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    static long peakBytes() {
        return heapPools().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
    }

    /** Bytes currently held off the heap by direct NIO buffers and JavaCPP pointers. */
    static long offHeapBytes() {
        return Pointer.totalBytes() + ManagementFactory.getPlatformMXBeans(BufferPoolMXBean.class).stream()
                .filter(pool -> pool.getName().equals("direct"))
                .mapToLong(BufferPoolMXBean::getMemoryUsed).sum();
    }

    private static Stream<MemoryPoolMXBean> heapPools() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(pool -> pool.getType() == MemoryType.HEAP);
    }
}
