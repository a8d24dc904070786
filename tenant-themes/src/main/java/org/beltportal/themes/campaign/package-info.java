/**
 * Festival campaigns on the public portal: banners with a countdown (warm-up) or featured goods (live),
 * the landing page {@code /campaigns/{slug}}, the festival calendar page {@code /festivals} and its
 * iCalendar feed {@code /festivals.ics}. Everything is computed at the request's instant
 * ({@link org.beltportal.core.campaign.web.PortalClock}: the clock, or an operator's {@code ?at=} preview).
 */
package org.beltportal.themes.campaign;
