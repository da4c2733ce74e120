package org.peacedirectory.system;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * Remembers computed values for a short time. Small and bounded: when full it
 * starts again empty, which costs one recomputation per key. A lifetime of zero remembers nothing.
 */
public final class ShortLivedCache<K, V> {

    private record Entry<V>(V value, long expiresAt) {
    }

    private final long lifetimeNanos;
    private final int maxEntries;
    private final Map<K, Entry<V>> entries = new ConcurrentHashMap<>();
    /** Counts the clears, so that a value computed from data read before a clear is not kept after it. */
    private final AtomicLong generation = new AtomicLong();

    public ShortLivedCache(Duration lifetime, int maxEntries) {
        this.lifetimeNanos = lifetime.toNanos();
        this.maxEntries = maxEntries;
    }

    public V get(K key, Function<K, V> compute) {
        long now = System.nanoTime();
        Entry<V> entry = entries.get(key);
        if (entry != null && entry.expiresAt() - now > 0) {
            return entry.value();
        }
        long computedIn = generation.get();
        V value = compute.apply(key);
        if (entries.size() >= maxEntries) {
            entries.clear();
        }
        entries.put(key, new Entry<>(value, now + lifetimeNanos));
        if (generation.get() != computedIn) {
            entries.remove(key); // cleared while computing: the value may predate the change
        }
        return value;
    }

    /** Forgets everything, for when the data behind the values changed. */
    public void clear() {
        generation.incrementAndGet();
        entries.clear();
    }
}
