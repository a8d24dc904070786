package org.beltportal.core.campaign;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * A campaign as an operator sends it (the admin API's request body): the spec's fields and, optionally,
 * {@code version}: the version the operator edited; a newer one stored means someone else changed it
 * meanwhile (409). The JSON is flat, the spec's fields beside {@code version}.
 */
public record CampaignDraft(@JsonUnwrapped CampaignSpec spec, Integer version) {
}
