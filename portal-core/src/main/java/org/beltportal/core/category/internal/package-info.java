/**
 * Category persistence: the MyBatis mapper of the category tree. Only {@code category} uses it; other
 * code goes through {@link org.beltportal.core.category.CategoryService}.
 */
package org.beltportal.core.category.internal;
