/**
 * A belt's media library: uploaded images checked by their content (type, size, pixels), stored once per
 * belt under their SHA-256 behind {@link org.beltportal.core.media.MediaStorage}, with a thumbnail each,
 * and served on the belt's own site with immutable caching (decision 0030).
 */
package org.beltportal.core.media;
