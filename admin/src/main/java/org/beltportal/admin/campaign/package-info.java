/**
 * The campaigns admin API: CRUD, the review steps (submit, approve, reject, archive) and the month
 * calendar, each view carrying the phase computed now. Rights come from {@code Permission.CAMPAIGN_*}.
 */
package org.beltportal.admin.campaign;
