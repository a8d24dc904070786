/** Admin API for users and their per-tenant role grants (platform admins only). */
package org.beltportal.admin.user;
