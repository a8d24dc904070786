/** The SQL of the shared limit states. */
package org.beltportal.core.coordination.internal;
