/**
 * Category browse ({@code GET /categories/{id}}): the products of a category and all its subcategories,
 * read through the search API with its facets, sorts and cursor paging, and the links of the category
 * tree (chips on the home page, breadcrumbs on product and category pages).
 */
package org.beltportal.themes.category;
