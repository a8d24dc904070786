/** Admin API for reading the audit trail. */
package org.beltportal.admin.audit;
