/** Serving a belt's media files on its public site (its own host or {@code /t/{slug}/}). */
package org.beltportal.core.media.web;
