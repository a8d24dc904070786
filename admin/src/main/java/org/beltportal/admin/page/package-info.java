/** Admin API for news items and pages. */
package org.beltportal.admin.page;
