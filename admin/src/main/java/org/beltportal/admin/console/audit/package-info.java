/**
 * The console's audit trail: a belt's (for those who may read it) and the whole platform's (for platform admins),
 * filtered by user, kind and time, paged by id, each entry's before and after as a field-by-field diff.
 */
package org.beltportal.admin.console.audit;
