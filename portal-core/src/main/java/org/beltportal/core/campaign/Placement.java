package org.beltportal.core.campaign;

/** Where a campaign's banner appears: a slot (e.g. {@code hero}, {@code banner}) on a page (e.g. {@code home}). */
public record Placement(String slot, String page) {
}
