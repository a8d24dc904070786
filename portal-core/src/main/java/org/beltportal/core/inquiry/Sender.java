package org.beltportal.core.inquiry;

/**
 * Who sent an inquiry, as far as the portal can tell: the client address (never stored as such) and
 * whether the submission filled the form's honeypot field, which people do not see and bots fill in.
 */
public record Sender(String address, boolean trapped) {

    public static Sender of(String address) {
        return new Sender(address, false);
    }
}
