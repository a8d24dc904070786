/**
 * What the nodes of one portal share through the database so that they act as one (decision 0044): rate-limit
 * counts ({@link org.beltportal.core.coordination.LimitStates}) and background work run by one node at a time
 * ({@link org.beltportal.core.coordination.OneNodeJobs}).
 */
package org.beltportal.core.coordination;
