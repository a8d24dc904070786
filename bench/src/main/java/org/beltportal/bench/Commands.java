package org.beltportal.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** Short local commands whose output the report quotes (java -version, git). */
final class Commands {

    private Commands() {
    }

    /** Standard output and error of {@code command}, once it has ended. */
    static String output(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        return out;
    }

    static String firstLine(String text) {
        return text.strip().lines().findFirst().orElse("?");
    }
}
