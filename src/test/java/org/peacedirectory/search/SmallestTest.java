package org.peacedirectory.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.Test;

class SmallestTest {

    @Test
    void keepsTheSmallestValuesInAscendingOrder() {
        Random random = new Random(42);
        for (int size : new int[] {1, 7, 100, 10_000}) {
            long[] values = random.longs(size, -1_000, 1_000).toArray();
            long[] sorted = values.clone();
            Arrays.sort(sorted);
            for (int count : new int[] {1, 20, 500, size}) {
                assertThat(Smallest.of(values, Math.min(count, size))).as("%d of %d", count, size)
                        .containsExactly(Arrays.copyOf(sorted, Math.min(count, size)));
            }
        }
    }
}
