package org.peacedirectory.api.hsds;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Name-based identifiers are RFC 9562 version 5 UUIDs: the values any other implementation computes. */
class HsdsIdsTest {

    @Test
    void givesTheVersion5UuidsThatOtherImplementationsComputeForTheSameNames() {
        // Python's uuid.uuid5(UUID("3f6e1f6c-2b5e-4f7a-9d1c-6a0b8e2c4d17"), name)
        assertThat(HsdsIds.taxonomy("themes")).hasToString("08954162-4ce2-5008-818f-a524319f7659");
        assertThat(HsdsIds.term("countries", "ML")).hasToString("16a4a67f-ce0a-542f-a153-410ab326f590");
        assertThat(HsdsIds.of(UUID.fromString("00000000-0000-0000-0000-000000000001"), "attribute:based_in"))
                .hasToString("4fca0403-b030-50fe-bb0a-83c18ca178ee");
        assertThat(HsdsIds.taxonomy("themes").version()).isEqualTo(5);
        assertThat(HsdsIds.taxonomy("themes").variant()).isEqualTo(2);
    }
}
