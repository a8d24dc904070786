package org.beltportal.core.job;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import org.beltportal.core.system.PortalProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * The name this node writes into the jobs it runs, kept in {@code <data-dir>/node-id} so that it
 * survives a restart. Nothing else runs under a data directory at the same time (the search index there
 * is locked by its writer), so a job under this name found unfinished at start was cut off by a crash.
 * A copied data directory copies the name: give each node its own data directory.
 */
@Component
@EnableConfigurationProperties(PortalProperties.class)
class JobNode {

    static final String FILE = "node-id";

    private final String name;

    JobNode(PortalProperties properties) throws IOException {
        Path dataDir = properties.dataDir();
        Path file = dataDir.resolve(FILE);
        if (!Files.exists(file)) {
            Files.createDirectories(dataDir);
            Files.writeString(file, UUID.randomUUID().toString(), StandardCharsets.UTF_8);
        }
        this.name = Files.readString(file, StandardCharsets.UTF_8).strip();
    }

    String name() {
        return name;
    }
}
