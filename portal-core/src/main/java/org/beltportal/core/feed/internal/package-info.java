/** The SQL of the feed's dead letters; only {@link org.beltportal.core.feed.DeadLetters} uses it. */
package org.beltportal.core.feed.internal;
