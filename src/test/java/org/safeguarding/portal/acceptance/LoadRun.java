package org.safeguarding.portal.acceptance;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * A closed-loop load: {@code clients} threads each do one operation after another for a fixed time; every operation
 * is timed at the caller. Beside the figures it measures what the run cost: the CPU time of this JVM (the client's own
 * cost, so a client that limits the figure shows), of the service's process if one is named, and of the whole machine.
 */
final class LoadRun {

    /** One client's operation: true when it succeeded (a 201 stored, a transaction committed). */
    interface Operation {
        boolean run(int client, long sequence) throws Exception;
    }

    /** The figures of one run. */
    record Figures(String name, int clients, long ok, long failed, double seconds, double[] millis,
            double clientCpuSeconds, double serviceCpuSeconds, double machineBusyCores, String loadAverage) {

        double perSecond() {
            return ok / seconds;
        }

        double percentile(double q) {
            if (millis.length == 0) {
                return Double.NaN;
            }
            return millis[Math.max(0, (int) Math.ceil(q * millis.length) - 1)];
        }

        String line() {
            return String.format(Locale.ROOT, "%-34s %3d clients: %7.1f /s  p50 %7.2f  p95 %7.2f  p99 %7.2f ms  "
                    + "(%d ok, %d failed in %.1f s; CPU per op: client %.2f ms, service %s; machine busy %.2f of %d "
                    + "cores; load %s)", name, clients, perSecond(), percentile(0.50), percentile(0.95),
                    percentile(0.99), ok, failed, seconds, perOp(clientCpuSeconds), Double.isNaN(serviceCpuSeconds)
                            ? "-" : String.format(Locale.ROOT, "%.2f ms", perOp(serviceCpuSeconds)),
                    machineBusyCores, Runtime.getRuntime().availableProcessors(), loadAverage);
        }

        private double perOp(double cpuSeconds) {
            return ok == 0 ? Double.NaN : cpuSeconds * 1000 / (ok + failed);
        }
    }

    private LoadRun() {
    }

    /**
     * Runs {@code operation} from {@code clients} threads for {@code duration}. {@code servicePid} is the process whose
     * CPU time is reported as the service's, or 0 for none.
     */
    static Figures run(String name, int clients, Duration duration, long servicePid, Operation operation)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<long[]> latencies = new ArrayList<>();
        long[] ok = new long[clients];
        long[] failed = new long[clients];
        int[] counts = new int[clients];
        for (int i = 0; i < clients; i++) {
            latencies.add(new long[1 << 16]);
        }
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> running = new ArrayList<>();
        long[] window = new long[2];
        for (int c = 0; c < clients; c++) {
            int client = c;
            running.add(pool.submit(() -> {
                start.await();
                long sequence = 0;
                while (System.nanoTime() < window[1]) {
                    long began = System.nanoTime();
                    boolean success;
                    try {
                        success = operation.run(client, sequence++);
                    } catch (Exception e) {
                        success = false;
                    }
                    long took = System.nanoTime() - began;
                    if (success) {
                        ok[client]++;
                        long[] mine = latencies.get(client);
                        if (counts[client] == mine.length) {
                            mine = Arrays.copyOf(mine, mine.length * 2);
                            latencies.set(client, mine);
                        }
                        mine[counts[client]++] = took;
                    } else {
                        failed[client]++;
                    }
                }
                return null;
            }));
        }
        double clientCpuBefore = ownCpuSeconds();
        double serviceCpuBefore = servicePid == 0 ? Double.NaN : cpuSecondsOf(servicePid);
        long[] machineBefore = machineTicks();
        window[0] = System.nanoTime();
        window[1] = window[0] + duration.toNanos();
        start.countDown();
        for (Future<?> client : running) {
            client.get(duration.toSeconds() + 120, TimeUnit.SECONDS);
        }
        long ended = System.nanoTime();
        double seconds = (ended - window[0]) / 1e9;
        double clientCpu = ownCpuSeconds() - clientCpuBefore;
        double serviceCpu = servicePid == 0 ? Double.NaN : cpuSecondsOf(servicePid) - serviceCpuBefore;
        long[] machineAfter = machineTicks();
        double busyCores = (machineAfter[0] - machineBefore[0]) / 100.0 / seconds;
        pool.shutdownNow();

        int total = Arrays.stream(counts).sum();
        double[] millis = new double[total];
        int at = 0;
        for (int c = 0; c < clients; c++) {
            for (int i = 0; i < counts[c]; i++) {
                millis[at++] = latencies.get(c)[i] / 1e6;
            }
        }
        Arrays.sort(millis);
        return new Figures(name, clients, Arrays.stream(ok).sum(), Arrays.stream(failed).sum(), seconds, millis,
                clientCpu, serviceCpu, busyCores, loadAverage());
    }

    /** This JVM's CPU time: the load client's own cost. */
    static double ownCpuSeconds() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime() / 1e9;
    }

    /** User and system CPU time of a process, from /proc/&lt;pid&gt;/stat (clock ticks of 1/100 s). */
    static double cpuSecondsOf(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / 100.0;
        } catch (Exception gone) {
            return Double.NaN;
        }
    }

    /** The machine's busy and total clock ticks since boot, from /proc/stat. */
    private static long[] machineTicks() {
        try {
            String[] cpu = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long total = 0;
            for (int i = 1; i < cpu.length; i++) {
                total += Long.parseLong(cpu[i]);
            }
            long idle = Long.parseLong(cpu[4]) + Long.parseLong(cpu[5]);
            return new long[] {total - idle, total};
        } catch (Exception unreadable) {
            return new long[] {0, 0};
        }
    }

    /** The 1, 5 and 15 minute load averages. */
    static String loadAverage() {
        try {
            String[] load = Files.readString(Path.of("/proc/loadavg")).trim().split(" ");
            return load[0] + " " + load[1] + " " + load[2];
        } catch (Exception unreadable) {
            return "?";
        }
    }

    /** Resident memory of a process in MiB, from /proc/&lt;pid&gt;/status (VmRSS). */
    static double residentMiB(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
                }
            }
        } catch (Exception gone) {
            // Reported as unknown.
        }
        return Double.NaN;
    }
}
