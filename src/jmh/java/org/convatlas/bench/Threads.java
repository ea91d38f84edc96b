package org.convatlas.bench;

import org.convatlas.compute.Parallelism;
import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * The thread count a benchmark is named for: {@code _t1} one thread, {@code _tall} all the machine's processors.
 * JMH runs every benchmark in a fork of its own, so a library-wide setting made at the start of a trial stays
 * for that benchmark alone.
 */
enum Threads {
    ONE(1),
    ALL(Runtime.getRuntime().availableProcessors());

    final int count;

    Threads(int count) {
        this.count = count;
    }

    static Threads of(BenchmarkParams params) {
        String name = params.getBenchmark();
        if (name.endsWith("_t1")) {
            return ONE;
        }
        if (name.endsWith("_tall")) {
            return ALL;
        }
        throw new IllegalStateException("benchmark " + name + " does not end in _t1 or _tall");
    }

    Parallelism parallelism() {
        return new Parallelism(count);
    }
}
