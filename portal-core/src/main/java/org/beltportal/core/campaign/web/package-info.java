/**
 * The instant a public request sees campaigns at: the clock, or an operator's {@code ?at=} preview when
 * the {@link org.beltportal.core.campaign.web.PreviewRights} port (implemented by admin) says the caller
 * may preview that tenant. Shared by the portal pages and the public search API.
 */
package org.beltportal.core.campaign.web;
