/**
 * The search results page ({@code GET /search}): results, facets, filters, sort and paging as plain links
 * and a GET form, so everything works without JavaScript.
 */
package org.beltportal.themes.search;
