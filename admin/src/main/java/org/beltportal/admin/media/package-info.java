/** Admin API for a belt's media library: upload, list, describe and delete images. */
package org.beltportal.admin.media;
