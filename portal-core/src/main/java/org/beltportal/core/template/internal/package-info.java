/**
 * Template override persistence: the MyBatis mapper of override versions. Only {@code template} uses it;
 * other code goes through {@link org.beltportal.core.template.TemplateOverrideService}.
 */
package org.beltportal.core.template.internal;
