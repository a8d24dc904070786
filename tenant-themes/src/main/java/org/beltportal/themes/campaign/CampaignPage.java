package org.beltportal.themes.campaign;

import org.beltportal.themes.search.SearchPage;

/**
 * The data of {@code pages/campaign.ftlh}: the campaign's {@code banner} (with its featured goods while
 * live), {@code kind} and {@code phaseLabel} as text of the page's language, the occurrence's local
 * {@code warmupStart}, {@code liveStart} and {@code end} ("" once a one-off campaign has ended), and
 * {@code goods}: its featured products through the search, with facets, absent ({@code showGoods} false)
 * once it has ended.
 */
public record CampaignPage(CampaignBanner banner, String kind, String phaseLabel, String warmupStart,
                           String liveStart, String end, boolean ended, boolean showGoods, SearchPage goods) {
}
