/** Admin API for following jobs (imports, index rebuilds). */
package org.beltportal.admin.job;
