package org.beltportal.core.system;

import java.util.regex.Pattern;

/** What counts as an email address wherever one is typed: buyers' inquiries, users, suppliers' contacts. */
public final class EmailAddresses {

    public static final int MAX_LENGTH = 254;
    /** The practical subset of RFC 5321 that mail providers accept: ASCII local part, dotted host name. */
    public static final Pattern PATTERN = Pattern.compile("[A-Za-z0-9_%+\\-]+(?:\\.[A-Za-z0-9_%+\\-]+)*"
            + "@[A-Za-z0-9](?:[A-Za-z0-9\\-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9\\-]{0,61}[A-Za-z0-9])?)+");

    private EmailAddresses() {
    }

    public static boolean isValid(String address) {
        return address != null && address.length() <= MAX_LENGTH && PATTERN.matcher(address).matches();
    }
}
