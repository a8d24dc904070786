/**
 * The portal's side of insight (docs/insight.md): {@link org.beltportal.themes.insight.PageViewFilter} counts
 * every public page view, result click and page-rendered search, around the page cache so that cached pages
 * count too. The counting itself is core's {@code InsightRecorder}.
 */
package org.beltportal.themes.insight;
