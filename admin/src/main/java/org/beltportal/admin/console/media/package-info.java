/** The console's media library: a belt's images as a grid, upload (with drag and drop), delete with confirmation. */
package org.beltportal.admin.console.media;
