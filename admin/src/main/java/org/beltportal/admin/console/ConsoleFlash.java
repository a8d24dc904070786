package org.beltportal.admin.console;

import java.io.Serializable;
import java.util.List;

/**
 * A message shown at the top of a page, often after a post/redirect/get (so it travels in the session's flash
 * map): {@code status} for news read out politely, {@code alert} for a problem read out at once (the ARIA
 * roles of the same names). {@code arguments} fill the message's {0}, {1}...
 */
public record ConsoleFlash(String role, String messageKey, List<String> arguments) implements Serializable {

    /** The model (and flash) attribute the layout shows. */
    public static final String ATTRIBUTE = "flash";

    public ConsoleFlash {
        arguments = List.copyOf(arguments);
    }

    public static ConsoleFlash status(String messageKey, String... arguments) {
        return new ConsoleFlash("status", messageKey, List.of(arguments));
    }

    public static ConsoleFlash alert(String messageKey, String... arguments) {
        return new ConsoleFlash("alert", messageKey, List.of(arguments));
    }
}
