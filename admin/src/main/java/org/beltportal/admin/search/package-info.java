/** Admin API for the search index: rebuilding it from the database. */
package org.beltportal.admin.search;
