/**
 * Notifications of new inquiries (decision 0031): a transactional outbox of deliveries, one per recipient,
 * written in the inquiry's own transaction by {@link org.beltportal.core.notification.NotificationOutbox};
 * a scheduled {@link org.beltportal.core.notification.DeliverySender} sends due ones by email (Spring Mail)
 * or to the belt's signed webhook, retrying with backoff and recording every attempt's outcome.
 */
package org.beltportal.core.notification;
