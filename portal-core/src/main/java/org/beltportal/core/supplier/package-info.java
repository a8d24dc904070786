/** Suppliers (mostly small factories) of a belt, with the trust signals buyers judge them by. */
package org.beltportal.core.supplier;
