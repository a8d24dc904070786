package org.beltportal.core.system;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.springframework.util.unit.DataSize;

/** Checks {@link DataSizeMin}. */
public class DataSizeMinValidator implements ConstraintValidator<DataSizeMin, DataSize> {

    private long minimum;

    @Override
    public void initialize(DataSizeMin annotation) {
        this.minimum = annotation.bytes();
    }

    @Override
    public boolean isValid(DataSize value, ConstraintValidatorContext context) {
        return value == null || value.toBytes() >= minimum;
    }
}
