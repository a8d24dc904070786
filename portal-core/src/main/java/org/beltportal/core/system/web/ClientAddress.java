package org.beltportal.core.system.web;

import java.io.Serializable;

/**
 * The address of the client that sent a request, as far as this node can trust it (see
 * {@link TrustedProxies}). Controllers declare a parameter of this type to receive it. Serializable: it rides
 * in a failed login's exception, which Spring Security keeps in the session, and sessions are stored in the
 * database (decision 0044).
 */
public record ClientAddress(String value) implements Serializable {
}
