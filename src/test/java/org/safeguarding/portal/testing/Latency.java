package org.safeguarding.portal.testing;

import java.util.Arrays;

/**
 * How long a request takes at the caller, for the benchmarks: warm-up runs first (JIT, connection pools, caches), then
 * timed runs, reported as percentiles in milliseconds. Figures to print, never to assert on.
 */
public record Latency(double p50, double p95, double p99) {

    /** Runs {@code request} {@code warmUp} times untimed, then {@code rounds} times timed. */
    public static Latency of(int warmUp, int rounds, Runnable request) {
        for (int i = 0; i < warmUp; i++) {
            request.run();
        }
        double[] millis = new double[rounds];
        for (int i = 0; i < rounds; i++) {
            long start = System.nanoTime();
            request.run();
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        return new Latency(percentile(millis, 0.50), percentile(millis, 0.95), percentile(millis, 0.99));
    }

    /** The nearest-rank percentile of sorted values. */
    private static double percentile(double[] sorted, double p) {
        return sorted[Math.max(0, (int) Math.ceil(sorted.length * p) - 1)];
    }
}
