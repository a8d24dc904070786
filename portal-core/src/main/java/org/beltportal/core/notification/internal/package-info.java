/** The outbox's and webhooks' tables: for this package's services only. */
package org.beltportal.core.notification.internal;
