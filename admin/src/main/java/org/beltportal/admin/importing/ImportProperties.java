package org.beltportal.admin.importing;

import jakarta.validation.constraints.Positive;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code portal.import.*}: the product import's settings. What a file may hold beyond its row count is fixed
 * in {@link ImportLimits} (decision 0014): those limits bound the memory of the readers, not a business choice.
 *
 * @param maxRows data rows one product import takes; the rows after them are reported as one error
 */
@Validated
@ConfigurationProperties("portal.import")
public record ImportProperties(@DefaultValue("1000000") @Positive long maxRows) {
}
