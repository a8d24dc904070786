package org.beltportal.core.system.web;

/**
 * The address of the client that sent a request, as far as this node can trust it (see
 * {@link TrustedProxies}). Controllers declare a parameter of this type to receive it.
 */
public record ClientAddress(String value) {
}
