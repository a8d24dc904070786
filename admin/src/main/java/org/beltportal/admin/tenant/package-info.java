/** Admin API for tenants: creation, settings, status, hosts and branding. */
package org.beltportal.admin.tenant;
