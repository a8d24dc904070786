/** Each tenant's category tree, addressed by paths such as 服装/童装/连衣裙; missing levels are created on use. */
package org.beltportal.core.category;
