package org.peacedirectory.search;

import java.util.Arrays;

/** The smallest values of an array, in order, without sorting all of it: a page needs only its first few. */
final class Smallest {

    private Smallest() {
    }

    /** The {@code count} smallest of these values, ascending (all of them when there are fewer). */
    static long[] of(long[] values, int count) {
        if (count >= values.length / 8) {
            long[] sorted = values.clone();
            Arrays.sort(sorted);
            return Arrays.copyOf(sorted, Math.min(count, sorted.length));
        }
        // A max-heap of the smallest seen so far: a value larger than its top cannot be among them.
        long[] heap = Arrays.copyOf(values, count);
        for (int i = count / 2 - 1; i >= 0; i--) {
            siftDown(heap, i);
        }
        for (int i = count; i < values.length; i++) {
            if (values[i] < heap[0]) {
                heap[0] = values[i];
                siftDown(heap, 0);
            }
        }
        Arrays.sort(heap);
        return heap;
    }

    private static void siftDown(long[] heap, int at) {
        while (true) {
            int largest = at;
            int left = 2 * at + 1;
            int right = left + 1;
            if (left < heap.length && heap[left] > heap[largest]) {
                largest = left;
            }
            if (right < heap.length && heap[right] > heap[largest]) {
                largest = right;
            }
            if (largest == at) {
                return;
            }
            long swap = heap[at];
            heap[at] = heap[largest];
            heap[largest] = swap;
            at = largest;
        }
    }
}
