/** Admin API for a tenant's catalogue: categories, suppliers, products. */
package org.beltportal.admin.catalog;
