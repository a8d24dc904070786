package org.beltportal.bench;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;

/** Progress on stdout with a wall-clock prefix; the figures go to the results files. */
final class Log {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private Log() {
    }

    static void info(String format, Object... args) {
        System.out.println("[bench " + LocalTime.now().format(TIME) + "] " + String.format(format, args));
        System.out.flush();
    }
}
