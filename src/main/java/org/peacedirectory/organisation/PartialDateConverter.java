package org.peacedirectory.organisation;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import org.jspecify.annotations.Nullable;

/** Stores a {@link PartialDate} as its EDTF text. */
@Converter
class PartialDateConverter implements AttributeConverter<PartialDate, String> {

    @Override
    public @Nullable String convertToDatabaseColumn(@Nullable PartialDate date) {
        return date == null ? null : date.edtf();
    }

    @Override
    public @Nullable PartialDate convertToEntityAttribute(@Nullable String edtf) {
        return edtf == null ? null : PartialDate.parse(edtf);
    }
}
