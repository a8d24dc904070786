/**
 * Synonym persistence: the MyBatis mapper of a tenant's synonym sets. Only {@code synonym} uses it;
 * other code goes through {@link org.beltportal.core.synonym.SynonymService}.
 */
package org.beltportal.core.synonym.internal;
