/**
 * News: the list ({@code GET /news}) and an article ({@code GET /news/{slug}}). Only what is published and
 * inside its publishAt / unpublishAt window is shown; anything else is the 404 page.
 */
package org.beltportal.themes.news;
