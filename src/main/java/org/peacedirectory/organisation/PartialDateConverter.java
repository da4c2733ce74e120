package org.peacedirectory.organisation;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a {@link PartialDate} as its EDTF text. */
@Converter
class PartialDateConverter implements AttributeConverter<PartialDate, String> {

    @Override
    public String convertToDatabaseColumn(PartialDate date) {
        return date == null ? null : date.edtf();
    }

    @Override
    public PartialDate convertToEntityAttribute(String edtf) {
        return edtf == null ? null : PartialDate.parse(edtf);
    }
}
