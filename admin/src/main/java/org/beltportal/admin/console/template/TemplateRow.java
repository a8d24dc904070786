package org.beltportal.admin.console.template;

/**
 * One template of a belt as the list shows it: {@code published} the override's version buyers get (null: the
 * theme's template), {@code draft} a version waiting to be published (null: none). Public: the template engine
 * reads only public types.
 */
public record TemplateRow(String path, Integer published, Integer draft) {
}
