package dev.showpage.cli;

import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Runs jobs on a fixed number of threads and hands their results on in the jobs' order, so that
 * output is the same whatever the number of threads. At most a few results per thread wait at any
 * time, so memory does not grow with the number of jobs.
 */
final class OrderedParallel {

    private static final int WAITING_PER_THREAD = 4;

    private OrderedParallel() {}

    static <T> void run(
            List<? extends java.util.concurrent.Callable<T>> jobs, int threads, Consumer<T> sink) {
        if (threads <= 1) {
            for (java.util.concurrent.Callable<T> job : jobs) {
                sink.accept(call(job));
            }
            return;
        }
        ExecutorService pool =
                Executors.newFixedThreadPool(
                        threads,
                        r -> {
                            Thread thread = new Thread(r, "page-parser");
                            thread.setDaemon(true);
                            return thread;
                        });
        try {
            ArrayDeque<Future<T>> window = new ArrayDeque<>();
            for (java.util.concurrent.Callable<T> job : jobs) {
                window.add(pool.submit(job));
                if (window.size() >= threads * WAITING_PER_THREAD) {
                    sink.accept(get(window.poll()));
                }
            }
            while (!window.isEmpty()) {
                sink.accept(get(window.poll()));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static <T> T call(java.util.concurrent.Callable<T> job) {
        try {
            return job.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static <T> T get(Future<T> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
